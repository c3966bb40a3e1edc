package dev.lede.quote;

import dev.lede.article.Quote;
import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.Referrer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Quotes refer to people and entities as their speakers; detaching leaves the quote unattributed. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class QuoteReferrer implements Referrer {
    @Inject ChangeLog changeLog;

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public long count(ResourceType type, String id) {
        return switch (type) {
            case person -> Quote.count("speakerPerson.id", id);
            case entity -> Quote.count("speakerEntity.id", id);
            default -> 0;
        };
    }

    @Override
    public void detach(ResourceType type, String id) {
        List<Quote> quotes = switch (type) {
            case person -> Quote.list("speakerPerson.id", id);
            case entity -> Quote.list("speakerEntity.id", id);
            default -> List.of();
        };
        for (Quote quote : quotes) {
            quote.speakerPerson = null;
            quote.speakerEntity = null;
            quote.updatedAt = Times.now();
            changeLog.append(quote, ChangeOp.updated);
        }
    }

    /** A quote said by the merged person or entity is said by the one it was merged into. */
    @Override
    public void reassign(ResourceType type, String fromId, String toId) {
        if (type != ResourceType.person && type != ResourceType.entity) {
            return;
        }
        for (Quote quote : type == ResourceType.person ? Quote.<Quote>list("speakerPerson.id", fromId)
                : Quote.<Quote>list("speakerEntity.id", fromId)) {
            if (type == ResourceType.person) {
                quote.speakerPerson = Person.findById(toId);
            } else {
                quote.speakerEntity = NamedEntity.findById(toId);
            }
            quote.updatedAt = Times.now();
            changeLog.append(quote, ChangeOp.updated);
        }
    }
}
