package dev.ccwconsole.service;

import dev.ccwconsole.abi.Errno;
import java.util.Optional;

/**
 * The driver refused a region write (or the service's own instruction checks did, as QEMU's do before it writes,
 * spec §7.2): the operation, the ret_code and the condition code the guest would see (spec §3.2, §3.3).
 */
public final class KernelRefusalException extends RuntimeException {

    private final String operation;
    private final String schid;
    private final int retCode;
    private final Integer cc;
    private final boolean byService;

    public KernelRefusalException(String operation, String schid, int retCode, Integer cc, boolean byService,
            String detail) {
        super(operation + " on " + schid + " refused: " + (cc == null ? "" : "cc " + cc + ", ")
                + "ret_code " + Errno.describeRetCode(retCode) + (detail == null ? "" : "; " + detail));
        this.operation = operation;
        this.schid = schid;
        this.retCode = retCode;
        this.cc = cc;
        this.byService = byService;
    }

    public String operation() {
        return operation;
    }

    public String schid() {
        return schid;
    }

    public int retCode() {
        return retCode;
    }

    public Optional<Integer> cc() {
        return Optional.ofNullable(cc);
    }

    public Optional<Errno> errno() {
        return Errno.fromRetCode(retCode);
    }

    /** True when the service refused before writing the region (QEMU-style instruction check). */
    public boolean byService() {
        return byService;
    }
}
