package dev.ccwconsole.service;

/** A HALT or CLEAR the service issued: cc 0 and ret_code 0, through the async region or emulated (spec §3.3, §7). */
public record HaltClearResult(int cc, int retCode, boolean viaAsyncRegion, String operationId) {
}
