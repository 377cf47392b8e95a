package dev.ccwconsole.abi.channel;

/**
 * ORB words 3-7, present when the ORB X bit is set (spec §5.2): word 3 byte 0 is the channel-subsystem priority,
 * byte 2 the control-unit priority; everything else is reserved.
 */
public record OrbExtension(int channelSubsystemPriority, int controlUnitPriority) {

    public static final int SIZE = 20;

    public OrbExtension {
        Fields.unsigned("channelSubsystemPriority", channelSubsystemPriority, 8);
        Fields.unsigned("controlUnitPriority", controlUnitPriority, 8);
    }
}
