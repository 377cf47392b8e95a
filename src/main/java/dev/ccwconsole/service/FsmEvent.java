package dev.ccwconsole.service;

import dev.ccwconsole.fsm.Transition;

/** Payload of an {@code fsm} event: one recorded transition of the vfio-ccw state machine (spec §4). */
public record FsmEvent(Transition transition) {
}
