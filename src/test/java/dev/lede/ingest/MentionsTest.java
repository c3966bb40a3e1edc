package dev.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.article.ArticleInput;
import dev.lede.article.BylineRole;
import dev.lede.article.CreditRole;
import org.junit.jupiter.api.Test;

class MentionsTest {
    @Test
    void shouldNameEachItemOnceAddingUpItsMentions() {
        Mentions mentions = new Mentions();
        mentions.entity("russia", 3, 120);
        mentions.entity("iran", 2, 40);
        mentions.entity("russia", 2, 15); // "Moscow", linked to Russia
        mentions.person("kirby", null, 1, 300);
        mentions.person("kirby", "spokesperson", 2, null);
        assertThat(mentions.entities).containsExactly(new ArticleInput.EntityMentionInput("russia", 5, 15),
                new ArticleInput.EntityMentionInput("iran", 2, 40));
        assertThat(mentions.people).containsExactly(new ArticleInput.PersonMentionInput("kirby", "spokesperson", 3, 300));
    }

    @Test
    void shouldCreditAndBylineEachItemOnce() {
        Mentions mentions = new Mentions();
        mentions.credit("afp", CreditRole.wire);
        mentions.credit("afp", CreditRole.other);
        mentions.byline("jane", BylineRole.author);
        mentions.byline("jane", BylineRole.editor);
        assertThat(mentions.credits).containsExactly(new ArticleInput.CreditInput("afp", CreditRole.wire));
        assertThat(mentions.bylines).containsExactly(new ArticleInput.BylineInput("jane", BylineRole.author));
    }
}
