package dev.lede.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The article's lead image; all columns null when it has none. */
@Embeddable
public class LeadImage {
    @Column(name = "image_url")
    public String url;

    @Column(name = "image_caption")
    public String caption;

    @Column(name = "image_credit")
    public String credit;
}
