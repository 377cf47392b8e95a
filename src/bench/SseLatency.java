import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * SSE delivery latency: N subscribers on /api/v1/events, events made by a fixed rate of ssch requests (each yields
 * five events: fsm ×3, irq, audit); latency = arrival − the event's {@code "at"} (set when the hub publishes it).
 *
 * <p>The client must cost far less than the server or it measures itself: all subscribers are plain HTTP/1.1
 * sockets on one selector thread that decodes the chunked stream and reads only the {@code at} field of each
 * {@code data:} line (hand-parsed, one clock read per socket read); the ssch load comes from keep-alive sockets,
 * one per subchannel, paced by a single thread. Latencies go into a 10 µs-bucket histogram.
 *
 * <p>Usage: java SseLatency.java &lt;port&gt; &lt;subscribers&gt; &lt;sschPerSecond&gt; &lt;seconds&gt;
 */
public class SseLatency {

    private static final String[] SCHIDS = {"0.0.0100", "0.0.0101", "0.0.0102", "0.0.0103"};
    private static final byte[] AT = "\"at\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final long BUCKET_NANOS = 10_000;
    private static final int BUCKETS = 1_000_000; // up to 10 s

    private final long[] histogram = new long[BUCKETS];
    /** The same latencies split by the frame's {@code event:} type (irq, fsm, audit, ...), to see which ones lag. */
    private final java.util.TreeMap<String, long[]> byType = new java.util.TreeMap<>();
    private long deliveries;
    private long firstId = -1;
    private long lastId = -1;
    private volatile boolean measuring;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int subscribers = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        new SseLatency().run(port, subscribers, rate, seconds);
    }

    private void run(int port, int subscribers, int rate, int seconds) throws Exception {
        Selector selector = Selector.open();
        byte[] request = ("GET /api/v1/events HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < subscribers; i++) {
            SocketChannel ch = SocketChannel.open(new InetSocketAddress("localhost", port));
            ch.write(ByteBuffer.wrap(request));
            ch.configureBlocking(false);
            ch.register(selector, SelectionKey.OP_READ, new Stream(i == 0));
        }
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> read(selector, done), "sse-reader");
        reader.start();
        Thread.sleep(1000);
        AtomicLong sent = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        Thread load = new Thread(() -> load(port, rate, done, sent, refused), "ssch-load");
        load.start();
        Thread.sleep(1000); // let the load settle before counting
        measuring = true;
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring = false;
        double elapsed = (System.nanoTime() - t0) / 1e9;
        done.set(true);
        selector.wakeup();
        reader.join(5000);
        load.join(5000);
        synchronized (this) {
            System.out.printf("subscribers=%d ssch/s=%d (sent %d, refused %d) seconds=%d%n", subscribers, rate,
                    sent.get(), refused.get(), seconds);
            System.out.printf("events published %.0f/s (ids %d..%d on subscriber 0), deliveries %d (%.0f/s)%n",
                    (lastId - firstId) / elapsed, firstId, lastId, deliveries, deliveries / elapsed);
            if (deliveries > 0) {
                System.out.printf("latency p50=%.2f ms p99=%.2f ms p99.9=%.2f ms max=%.2f ms%n",
                        percentile(histogram, 0.50), percentile(histogram, 0.99), percentile(histogram, 0.999),
                        percentile(histogram, 1.0));
                byType.forEach((type, h) -> System.out.printf("  %-6s %5.1f%% of deliveries, p50=%.2f ms p99=%.2f ms%n",
                        type, 100.0 * count(h) / deliveries, percentile(h, 0.50), percentile(h, 0.99)));
            }
        }
    }

    private static long count(long[] h) {
        long n = 0;
        for (long c : h) {
            n += c;
        }
        return n;
    }

    private static double percentile(long[] h, double p) {
        long rank = Math.max(1, (long) Math.ceil(count(h) * p));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += h[i];
            if (seen >= rank) {
                return (i + 1) * BUCKET_NANOS / 1e6;
            }
        }
        return Double.NaN;
    }

    /** The reader thread: owns the selector, every stream and the histogram. */
    private void read(Selector selector, AtomicBoolean done) {
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        byte[] bytes = new byte[1 << 20];
        Clock clock = Clock.systemUTC();
        try {
            while (!done.get()) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    SocketChannel ch = (SocketChannel) key.channel();
                    buf.clear();
                    int n = ch.read(buf);
                    if (n < 0) {
                        key.cancel();
                        System.err.println("a subscriber's stream ended");
                        continue;
                    }
                    buf.flip();
                    buf.get(bytes, 0, n);
                    Instant now = clock.instant();
                    synchronized (this) {
                        ((Stream) key.attachment()).feed(bytes, n, now);
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One subscriber's HTTP response: skips the head, undoes chunked encoding, splits SSE lines. */
    private final class Stream {
        private final boolean countsIds;
        private boolean inBody;
        private long chunkLeft = -1; // -1: reading a chunk-size line
        private final byte[] line = new byte[1 << 16];
        private int lineLength;
        private boolean heartbeat;
        private long pendingId = -1;
        private String type = "?";

        Stream(boolean countsIds) {
            this.countsIds = countsIds;
        }

        void feed(byte[] b, int n, Instant now) {
            int i = 0;
            while (i < n) {
                if (!inBody) {
                    i = headLine(b, i, n);
                } else if (chunkLeft < 0) {
                    i = chunkSize(b, i, n);
                } else if (chunkLeft == 0) {
                    i = chunkEnd(b, i, n);
                } else {
                    int take = (int) Math.min(chunkLeft, n - i);
                    for (int k = i; k < i + take; k++) {
                        byte c = b[k];
                        if (c == '\n') {
                            sseLine(now);
                            lineLength = 0;
                        } else if (lineLength < line.length) {
                            line[lineLength++] = c;
                        }
                    }
                    chunkLeft -= take;
                    i += take;
                }
            }
        }

        private final StringBuilder raw = new StringBuilder();

        private int headLine(byte[] b, int i, int n) {
            for (; i < n; i++) {
                raw.append((char) b[i]);
                if (raw.length() >= 4 && raw.substring(raw.length() - 4).equals("\r\n\r\n")) {
                    if (!raw.toString().startsWith("HTTP/1.1 200")) {
                        throw new IllegalStateException("subscription refused: " + raw);
                    }
                    inBody = true;
                    raw.setLength(0);
                    return i + 1;
                }
            }
            return i;
        }

        private int chunkSize(byte[] b, int i, int n) {
            for (; i < n; i++) {
                char c = (char) b[i];
                if (c == '\n') {
                    chunkLeft = Long.parseLong(raw.toString().trim(), 16);
                    raw.setLength(0);
                    return i + 1;
                }
                raw.append(c);
            }
            return i;
        }

        private int chunkEnd(byte[] b, int i, int n) {
            for (; i < n; i++) {
                if (b[i] == '\n') {
                    chunkLeft = -1;
                    return i + 1;
                }
            }
            return i;
        }

        private void sseLine(Instant now) {
            int len = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
            if (len == 0) {
                heartbeat = false;
                return;
            }
            if (startsWith("event: heartbeat", len) || startsWith("event: gap", len)) {
                heartbeat = true;
            } else if (startsWith("event: ", len)) {
                type = new String(line, 7, len - 7, StandardCharsets.US_ASCII);
            } else if (countsIds && startsWith("id: ", len)) {
                pendingId = Long.parseLong(new String(line, 4, len - 4, StandardCharsets.US_ASCII));
            } else if (!heartbeat && startsWith("data:", len)) {
                int at = indexOf(AT, len);
                if (at >= 0 && measuring) {
                    long latency = nanosBetween(at + AT.length, now);
                    int bucket = (int) Math.min(BUCKETS - 1, Math.max(0, latency / BUCKET_NANOS));
                    histogram[bucket]++;
                    byType.computeIfAbsent(type, t -> new long[BUCKETS])[bucket]++;
                    deliveries++;
                    if (countsIds && pendingId >= 0) {
                        if (firstId < 0) {
                            firstId = pendingId;
                        }
                        lastId = pendingId;
                    }
                }
            }
        }

        private boolean startsWith(String prefix, int len) {
            if (len < prefix.length()) {
                return false;
            }
            for (int k = 0; k < prefix.length(); k++) {
                if (line[k] != prefix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private int indexOf(byte[] needle, int len) {
            outer:
            for (int k = 0; k + needle.length <= len; k++) {
                for (int j = 0; j < needle.length; j++) {
                    if (line[k + j] != needle[j]) {
                        continue outer;
                    }
                }
                return k;
            }
            return -1;
        }

        /** {@code line[from..]} is an ISO instant, {@code 2026-12-04T00:51:44.177609945Z}; nanos until {@code now}. */
        private long nanosBetween(int from, Instant now) {
            long day = LocalDate.of(digits(from, 4), digits(from + 5, 2), digits(from + 8, 2)).toEpochDay();
            long second = day * 86_400 + digits(from + 11, 2) * 3600L + digits(from + 14, 2) * 60L
                    + digits(from + 17, 2);
            long nanos = 0;
            int k = from + 19;
            if (line[k] == '.') {
                int scale = 100_000_000;
                for (k++; line[k] >= '0' && line[k] <= '9'; k++) {
                    nanos += (line[k] - '0') * (long) scale;
                    scale /= 10;
                }
            }
            return (now.getEpochSecond() - second) * 1_000_000_000L + now.getNano() - nanos;
        }

        private int digits(int from, int count) {
            int v = 0;
            for (int k = from; k < from + count; k++) {
                v = v * 10 + (line[k] - '0');
            }
            return v;
        }
    }

    /** Paces ssch requests round-robin over one keep-alive socket per subchannel. */
    private static void load(int port, int rate, AtomicBoolean done, AtomicLong sent, AtomicLong refused) {
        String auth = "Basic " + Base64.getEncoder().encodeToString("operator:operator".getBytes());
        byte[] body = "{\"program\": [{\"cmd\": \"e4\", \"flags\": [\"SLI\"], \"count\": 20, \"read\": true}]}"
                .getBytes(StandardCharsets.US_ASCII);
        List<Socket> sockets = new ArrayList<>();
        List<byte[]> requests = new ArrayList<>();
        try {
            for (String schid : SCHIDS) {
                Socket s = new Socket("localhost", port);
                s.setTcpNoDelay(true);
                sockets.add(s);
                requests.add(("POST /api/v1/subchannels/" + schid + "/ssch HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: " + auth + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n" + new String(body, StandardCharsets.US_ASCII))
                        .getBytes(StandardCharsets.US_ASCII));
            }
            if (rate <= 0) {
                return;
            }
            long period = TimeUnit.SECONDS.toNanos(1) / rate;
            long next = System.nanoTime();
            byte[] response = new byte[4096];
            for (long i = 0; !done.get(); i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                next += period;
                int which = (int) (i % sockets.size());
                OutputStream out = sockets.get(which).getOutputStream();
                out.write(requests.get(which));
                out.flush();
                if (!readResponse(sockets.get(which).getInputStream(), response)) {
                    refused.incrementAndGet();
                }
                sent.incrementAndGet();
            }
            for (Socket s : sockets) {
                s.close();
            }
        } catch (IOException e) {
            if (!done.get()) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Reads one response (head + Content-Length body); true for a 2xx. */
    private static boolean readResponse(InputStream in, byte[] buf) throws IOException {
        int len = 0;
        int headEnd = -1;
        while (headEnd < 0) {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                throw new IOException("server closed the load connection");
            }
            len += n;
            for (int k = 3; k < len; k++) {
                if (buf[k - 3] == '\r' && buf[k - 2] == '\n' && buf[k - 1] == '\r' && buf[k] == '\n') {
                    headEnd = k + 1;
                    break;
                }
            }
        }
        String head = new String(buf, 0, headEnd, StandardCharsets.US_ASCII).toLowerCase();
        int cl = head.indexOf("content-length:");
        int bodyLength = cl < 0 ? 0 : Integer.parseInt(head.substring(cl + 15, head.indexOf('\r', cl)).trim());
        int have = len - headEnd;
        while (have < bodyLength) {
            int n = in.read(buf, 0, Math.min(buf.length, bodyLength - have));
            if (n < 0) {
                throw new IOException("server closed the load connection");
            }
            have += n;
        }
        return head.startsWith("http/1.1 2");
    }
}
