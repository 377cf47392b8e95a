package dev.ccwconsole.service;

import java.util.List;

/** A channel path (spec §1.7) re-exported for the API. */
public record ChannelPathView(int chpid, int type, boolean online, int configure, List<String> subchannels) {
}
