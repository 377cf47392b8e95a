package dev.ccwconsole.ui;

import java.util.List;

/**
 * The vfio-ccw state machine as an SVG: the five states (spec §4.1) and the state-changing transitions of the
 * kernel profile (spec §4.2 for 5.2, §4.3 for 6.x). Element ids ({@code fsm-node-IDLE},
 * {@code fsm-edge-CP_PENDING-IDLE}) are what frontend/src/fsm.js highlights when an fsm event arrives.
 */
public record FsmDiagram(String current, List<Node> nodes, List<Edge> edges) {

    public record Node(String state, int x, int y, String meaning, boolean current) {
        public int left() {
            return x - 70;
        }

        public int top() {
            return y - 20;
        }
    }

    /** A transition drawn as a quadratic curve from one state to another with its label at the control point. */
    public record Edge(String from, String to, String label, String path, int labelX, int labelY) {
        public String id() {
            return "fsm-edge-" + from + "-" + to;
        }
    }

    private static final int[][] POSITIONS = {{90, 50}, {330, 50}, {570, 50}, {570, 210}, {90, 210}};
    private static final String[] STATES = {"STANDBY", "IDLE", "CP_PROCESSING", "CP_PENDING", "NOT_OPER"};
    private static final String[] MEANINGS = {"bound to vfio_ccw, no user", "open, enabled, no program in flight",
        "a START is being translated", "START accepted, waiting for the final interrupt",
        "subchannel not operational"};

    static FsmDiagram of(String current, String profile) {
        List<Node> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < STATES.length; i++) {
            nodes.add(new Node(STATES[i], POSITIONS[i][0], POSITIONS[i][1], MEANINGS[i], STATES[i].equals(current)));
        }
        boolean seed = "5.2".equals(profile);
        List<Edge> edges = List.of(
                edge("STANDBY", "IDLE", seed ? "mdev create" : "OPEN", -28),
                edge("IDLE", "STANDBY", seed ? "release" : "CLOSE", -28),
                edge("IDLE", "CP_PROCESSING", "IO_REQ", -28),
                edge("CP_PROCESSING", "IDLE", seed ? "ret_code ≠ 0" : "refused", -28),
                edge("CP_PROCESSING", "CP_PENDING", "SSCH cc 0", 0),
                edge("CP_PENDING", "IDLE", seed ? "any final INTERRUPT" : "final INTERRUPT", 0),
                edge("STANDBY", "NOT_OPER", "NOT_OPER", 0),
                edge("IDLE", "NOT_OPER", "NOT_OPER", 0));
        return new FsmDiagram(current, nodes, edges);
    }

    private static Edge edge(String from, String to, String label, int bend) {
        int[] a = POSITIONS[List.of(STATES).indexOf(from)];
        int[] b = POSITIONS[List.of(STATES).indexOf(to)];
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = Math.hypot(dx, dy);
        // start and end where the line leaves the node boxes (140 x 40 plus a margin), not at their centres
        double t = Math.min(dx == 0 ? 1 : 74 / Math.abs(dx), dy == 0 ? 1 : 24 / Math.abs(dy));
        double x1 = a[0] + dx * t;
        double y1 = a[1] + dy * t;
        double x2 = b[0] - dx * t;
        double y2 = b[1] - dy * t;
        double cx = (x1 + x2) / 2 + (-dy / len) * bend;
        double cy = (y1 + y2) / 2 + (dx / len) * bend;
        String path = String.format(java.util.Locale.ROOT, "M%.0f %.0f Q%.0f %.0f %.0f %.0f", x1, y1, cx, cy, x2, y2);
        // the label sits at the control point, outside the curve: above it when the curve bends up
        int labelY = (int) Math.round(cy + (cy < (y1 + y2) / 2 ? -4 : 12));
        return new Edge(from, to, label, path, (int) Math.round(cx), labelY);
    }
}
