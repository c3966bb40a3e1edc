package dev.lede.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A minimal HTTP/1.x client on a plain socket, so that the fuzz suite can send what java.net.http and REST Assured
 * refuse to: bad percent escapes, raw bytes in the target and headers, no Host, HTTP/1.0, any Content-Type. Keeps
 * one connection alive between requests (as a browser would) and opens a new one when the server closed it.
 */
final class RawHttp implements AutoCloseable {
    /**
     * What came back: a status, or why nothing did.
     *
     * @param closed the server closed the connection after this response. Checked (by waiting up to 2 s for the end
     *               of the stream) only for a 4xx without X-Request-Id to a request past a limit of the HTTP codec
     *               ({@link FuzzRequest#codecLimit()}); otherwise true only when the body ran to the end of the
     *               connection
     */
    record Response(int status, List<FuzzRequest.Header> headers, byte[] body, String failure, long millis,
                    boolean closed) {
        Optional<String> header(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(FuzzRequest.Header::value)
                    .findFirst();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String mediaType() {
            return header("Content-Type").map(v -> v.split(";", 2)[0].trim().toLowerCase(Locale.ROOT)).orElse("");
        }
    }

    private static final int MAX_BODY = 32 * 1024 * 1024;
    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;

    RawHttp(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    Response send(FuzzRequest request) {
        long start = System.nanoTime();
        boolean reused = socket != null;
        try {
            return exchange(request, start);
        } catch (IOException firstTry) {
            closeQuietly();
            if (reused && !(firstTry instanceof SocketTimeoutException)) {
                // The server may close an idle kept-alive connection at any time: one retry on a fresh one.
                try {
                    return exchange(request, System.nanoTime());
                } catch (IOException secondTry) {
                    closeQuietly();
                    return failure(secondTry, start);
                }
            }
            return failure(firstTry, start);
        }
    }

    private static Response failure(IOException e, long start) {
        String what = e instanceof SocketTimeoutException ? "no response within the timeout"
                : e instanceof EOFException ? "connection closed without a (complete) response"
                : "connection failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        return new Response(0, List.of(), new byte[0], what, (System.nanoTime() - start) / 1_000_000, true);
    }

    private Response exchange(FuzzRequest request, long start) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.setTcpNoDelay(true);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes((request.method() + " " + request.target() + " " + request.version() + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        if (request.sendHost()) {
            head.writeBytes(("Host: " + host + ":" + port + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        boolean chunked = false;
        boolean declared = false;
        for (FuzzRequest.Header header : request.headers()) {
            chunked |= header.name().equalsIgnoreCase("Transfer-Encoding");
            declared |= header.name().equalsIgnoreCase("Content-Length");
            head.writeBytes((header.name() + ": " + header.value() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        if (request.body() != null && !chunked && !declared) {
            head.writeBytes(("Content-Length: " + request.body().length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream();
        InputStream in = this.in;
        try {
            out.write(head.toByteArray());
            if (request.body() != null) {
                if (chunked) {
                    writeChunked(out, request.body());
                } else {
                    out.write(request.body());
                }
            }
            out.flush();
        } catch (IOException writeFailed) {
            // The server may answer (413, 400) and close before reading the whole body: read what it said.
        }
        Response response = read(in, request.method().equals("HEAD"), start);
        if (!response.closed() && response.status() >= 400 && response.status() < 500
                && response.header("X-Request-Id").isEmpty() && request.codecLimit() != null) {
            response = new Response(response.status(), response.headers(), response.body(), null, response.millis(),
                    serverClosed());
        }
        boolean close = response.header("Connection").map(v -> v.toLowerCase(Locale.ROOT).contains("close"))
                .orElse(false) || request.version().equals("HTTP/1.0") || declared || response.closed();
        if (close) {
            closeQuietly();
        }
        return response;
    }

    /**
     * Whether the server has closed the connection: its end (or a reset) arrives within 2 s. A byte instead would be
     * one the server should not have sent: the connection is then closed on this side, and counts as open.
     */
    private boolean serverClosed() {
        try {
            socket.setSoTimeout(2000);
            int next = in.read();
            if (next >= 0) {
                closeQuietly();
                return false;
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        } finally {
            if (socket != null) {
                try {
                    socket.setSoTimeout(timeoutMillis);
                } catch (IOException e) {
                    closeQuietly();
                }
            }
        }
    }

    private static void writeChunked(OutputStream out, byte[] body) throws IOException {
        int chunk = 64 * 1024;
        for (int i = 0; i < body.length; i += chunk) {
            int length = Math.min(chunk, body.length - i);
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, i, length);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private Response read(InputStream in, boolean head, long start) throws IOException {
        while (true) {
            String statusLine = line(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP status line: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            List<FuzzRequest.Header> headers = new ArrayList<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.add(new FuzzRequest.Header(line.substring(0, Math.max(colon, 0)), line.substring(colon + 1).trim()));
            }
            if (status >= 100 && status < 200) {
                continue; // 100 Continue: the final response follows
            }
            byte[] body = new byte[0];
            String transferEncoding = value(headers, "Transfer-Encoding");
            String contentLength = value(headers, "Content-Length");
            if (head || status == 204 || status == 304) {
                body = new byte[0];
            } else if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                body = readChunked(in);
            } else if (contentLength != null) {
                body = in.readNBytes(Integer.parseInt(contentLength.trim()));
            } else {
                body = in.readNBytes(MAX_BODY);
                closeQuietly(); // delimited by the end of the connection
            }
            if ("gzip".equalsIgnoreCase(value(headers, "Content-Encoding")) && body.length > 0) {
                body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
            }
            return new Response(status, headers, body, null, (System.nanoTime() - start) / 1_000_000, socket == null);
        }
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in).split(";", 2)[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                while (!line(in).isEmpty()) {
                    // trailers
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(length);
            if (chunk.length < length) {
                throw new EOFException();
            }
            body.writeBytes(chunk);
            line(in);
        }
    }

    private static String value(List<FuzzRequest.Header> headers, String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(FuzzRequest.Header::value)
                .findFirst().orElse(null);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException();
            }
            if (c == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(c);
            if (line.size() > 1_000_000) {
                throw new IOException("header line longer than 1 MB");
            }
        }
    }

    private void closeQuietly() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
            in = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
