package dev.lede.source;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Examples of the OpenAPI document for source operations, and the concrete page type it documents. */
public final class SourceExamples {
    private SourceExamples() {
    }

    public static final String SOURCE = """
            {"id": "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e5f", "slug": "jovem-pan", "name": "Jovem Pan", "kind": "publisher",
             "url": "https://jovempan.com.br", "country": "BR", "language": "pt-BR", "aliases": ["Jovempan"],
             "createdAt": "2022-12-09T12:00:00Z", "updatedAt": "2022-12-09T12:00:00Z", "version": 0}""";

    public static final String SOURCE_INPUT = """
            {"name": "Agence France-Presse", "kind": "wire_agency", "url": "https://www.afp.com", "country": "FR",
             "language": "fr", "aliases": ["AFP"]}""";

    @Schema(name = "SourcePage", description = "A page of sources.")
    public record SourcePage(List<SourceView> data, Page.Meta meta, Page.Links links) {
    }
}
