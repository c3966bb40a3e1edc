package dev.lede.platform.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The headers of a public read that tell shared caches (a CDN) how to keep it and purge it, described once in the
 * OpenAPI document's components and referenced from every cached read's 200 (see {@code platform/cache}).
 */
final class SharedCacheHeaders {
    private static final Map<String, String> HEADERS = Map.of(
            "Cache-Control", "public, max-age=60, stale-while-revalidate=300 by default (lede.cdn.items, lede.cdn.lists, "
                    + "lede.cdn.feeds); no-store, private when a key was sent.",
            "Last-Modified", "When this representation was computed (a later change always gives a later date); "
                    + "If-Modified-Since from that date on answers 304 unless If-None-Match is sent. Absent when a key was sent.",
            "Surrogate-Key", "Space-separated keys a CDN can purge this response by: lede:all, the list keys (for example "
                    + "articles or articles:{id}) and the id of every resource shown (or lede:any-change when they do not "
                    + "fit 16 KB). Absent when a key was sent.",
            "Cache-Tag", "The Surrogate-Key keys, comma-separated (Cloudflare). Absent when a key was sent.");
    private static final String[] ORDER = {"Cache-Control", "Last-Modified", "Surrogate-Key", "Cache-Tag"};

    private SharedCacheHeaders() {
    }

    static void define(Components components) {
        for (String name : ORDER) {
            components.addHeader(name, OASFactory.createHeader().description(HEADERS.get(name))
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
        }
    }

    static void addTo(APIResponse ok) {
        if (ok == null || ok.getRef() != null) {
            return;
        }
        for (String name : ORDER) {
            if (ok.getHeaders() == null || !ok.getHeaders().containsKey(name)) {
                ok.addHeader(name, OASFactory.createHeader().ref(name));
            }
        }
    }
}
