package dev.ccwconsole.cp;

/** Where a TIC lands: a segment of the translated program and the byte offset inside it (spec §6.1 step 4). */
public record TicTarget(int segment, long offset) {
}
