package dev.lede.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP as bytes on a socket, for requests no HTTP client library will send (no Host, a bad percent escape, an
 * ambiguous framing) and for seeing whether the server closed the connection after its answer.
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** One answer: status, headers (lower-case names), body, and whether the server closed the connection after it. */
    public record Answer(int status, Map<String, String> headers, String body, boolean closed) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends the request head (and body, if any) as given and reads one answer. */
    public static Answer send(URL root, String head, byte[] body) throws IOException {
        return send(root, head, body, 1000); // an open connection answers nothing more: a second is enough to tell
    }

    /**
     * The same, waiting up to {@code closeWaitMillis} after the answer to see the connection closed: a server that
     * lingers before closing (to let a client finish sending) needs more than the default second on a busy machine.
     */
    public static Answer send(URL root, String head, byte[] body, long closeWaitMillis) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket, closeWaitMillis);
        }
    }

    public static Answer send(URL root, String head) throws IOException {
        return send(root, head, null);
    }

    private static Answer read(Socket socket, long closeWaitMillis) throws IOException {
        InputStream in = socket.getInputStream();
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        boolean closed;
        socket.setSoTimeout((int) closeWaitMillis);
        try {
            closed = in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            closed = false;
        } catch (IOException reset) {
            closed = true;
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), closed);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
