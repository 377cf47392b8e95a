package dev.ccwconsole.service;

import dev.ccwconsole.abi.channel.Orb;
import java.util.List;

/**
 * A checked channel program, still without addresses: the ORB (channel-program address 0 until laid out) and its
 * CCWs in order.
 */
public record CompiledProgram(Orb orb, List<Entry> entries) {

    /**
     * @param data      bytes a device-bound CCW sends (empty for reads and control CCWs without data)
     * @param read      the service allocates {@code count} bytes and copies them back after the final interrupt
     * @param ticTarget index of the target CCW for a TIC, else -1
     */
    public record Entry(int command, int flags, int count, byte[] data, boolean read, int ticTarget) {

        public boolean isTic() {
            return ticTarget >= 0;
        }

        /** Bytes of channel memory this CCW's data area occupies. */
        public int areaSize() {
            return isTic() ? 0 : Math.max(count, data.length);
        }
    }
}
