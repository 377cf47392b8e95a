package dev.ccwconsole.abi.channel;

import java.util.ArrayList;
import java.util.List;

/** Field-by-field builder for {@link Pmcw}; obtained from {@link Pmcw#builder()} or {@link Pmcw#toBuilder()}. */
public final class PmcwBuilder {
    private int intparm;
    private int flags;
    private int isc;
    private int limitMode;
    private int measurementMode;
    private int devno;
    private int lpm;
    private int pnom;
    private int lpum;
    private int pim;
    private int mbi;
    private int pom;
    private int pam;
    private List<Integer> chpids;
    private int subchannelType;
    private int controlFlags;

    PmcwBuilder(Pmcw p) {
        intparm = p.intparm();
        flags = p.flags();
        isc = p.isc();
        limitMode = p.limitMode();
        measurementMode = p.measurementMode();
        devno = p.devno();
        lpm = p.lpm();
        pnom = p.pnom();
        lpum = p.lpum();
        pim = p.pim();
        mbi = p.mbi();
        pom = p.pom();
        pam = p.pam();
        chpids = p.chpids(); // immutable: copied only when a slot changes
        subchannelType = p.subchannelType();
        controlFlags = p.controlFlags();
    }

    public PmcwBuilder intparm(int v) {
        intparm = v;
        return this;
    }

    public PmcwBuilder flag(PmcwFlag flag, boolean set) {
        flags = set ? flags | flag.mask() : flags & ~flag.mask();
        return this;
    }

    public PmcwBuilder flags(int v) {
        flags = v;
        return this;
    }

    public PmcwBuilder isc(int v) {
        isc = v;
        return this;
    }

    public PmcwBuilder limitMode(int v) {
        limitMode = v;
        return this;
    }

    public PmcwBuilder measurementMode(int v) {
        measurementMode = v;
        return this;
    }

    public PmcwBuilder devno(int v) {
        devno = v;
        return this;
    }

    public PmcwBuilder lpm(int v) {
        lpm = v;
        return this;
    }

    public PmcwBuilder pnom(int v) {
        pnom = v;
        return this;
    }

    public PmcwBuilder lpum(int v) {
        lpum = v;
        return this;
    }

    public PmcwBuilder pim(int v) {
        pim = v;
        return this;
    }

    public PmcwBuilder mbi(int v) {
        mbi = v;
        return this;
    }

    public PmcwBuilder pom(int v) {
        pom = v;
        return this;
    }

    public PmcwBuilder pam(int v) {
        pam = v;
        return this;
    }

    public PmcwBuilder chpids(List<Integer> v) {
        chpids = List.copyOf(v);
        return this;
    }

    /** Sets the CHPID of one slot (0-7). */
    public PmcwBuilder chpid(int slot, int chpid) {
        List<Integer> changed = new ArrayList<>(chpids);
        changed.set(slot, chpid);
        chpids = List.copyOf(changed);
        return this;
    }

    public PmcwBuilder subchannelType(int v) {
        subchannelType = v;
        return this;
    }

    public PmcwBuilder controlFlag(PmcwControlFlag flag, boolean set) {
        controlFlags = set ? controlFlags | flag.mask() : controlFlags & ~flag.mask();
        return this;
    }

    public PmcwBuilder controlFlags(int v) {
        controlFlags = v;
        return this;
    }

    public Pmcw build() {
        return new Pmcw(intparm, flags, isc, limitMode, measurementMode, devno, lpm, pnom, lpum, pim, mbi, pom, pam,
                chpids, subchannelType, controlFlags);
    }
}
