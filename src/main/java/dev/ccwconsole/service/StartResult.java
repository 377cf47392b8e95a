package dev.ccwconsole.service;

/** An accepted START SUBCHANNEL: cc 0, ret_code 0, and the id its interrupts will carry. */
public record StartResult(int cc, int retCode, String operationId, long eagainRetries) {
}
