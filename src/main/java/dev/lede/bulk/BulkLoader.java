package dev.lede.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.web.ProblemMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Loads NDJSON through the same validation, write rules and change log as the API, committing
 * {@code lede.bulk.batch-size} lines per transaction.
 *
 * <p>Each line is first read and checked with Bean Validation outside any transaction (exactly the API's
 * checks, with the API's field names). The valid lines of a batch are then written in one transaction: what its
 * article and quote lines refer to (people, entities, sources, articles, slugs in use) is fetched once for the
 * batch, and each line is written by the services' own create (and publish) methods, the same the API uses
 * ({@link BulkWrites}), which choose slugs and append to the change log. When
 * one line is refused (an unknown person, a slug in use...), the whole batch is rolled back and replayed one
 * line per transaction, so the good lines are stored and each bad one is reported: a batch with an error costs
 * about twice as much, a clean one costs one commit.
 */
@ApplicationScoped
public class BulkLoader {
    private static final Logger LOG = Logger.getLogger(BulkLoader.class);

    @Inject ObjectMapper mapper;
    @Inject Validator validator;
    @Inject BulkConfig config;
    @Inject BulkWrites writes;

    BulkReport load(NdjsonLines lines) throws IOException {
        Progress progress = new Progress(config.maxErrors());
        List<BulkLine> batch = new ArrayList<>(config.batchSize());
        long number = 0;
        long batches = 0;
        long started = System.nanoTime();
        for (NdjsonLines.Line next = lines.next(); next != null; next = lines.next()) {
            number++;
            if (!next.wellFormed()) {
                progress.reject(number, Failure.invalid("line", "is not UTF-8 text"));
                continue;
            }
            String text = next.text();
            if (text.isBlank()) {
                continue;
            }
            try {
                BulkLine line = BulkLine.parse(mapper, number, text);
                validate(line.data(), "");
                if (line.meta() != null) {
                    validate(line.meta(), "meta.");
                }
                batch.add(line);
            } catch (Failure e) {
                progress.reject(number, e);
            }
            if (batch.size() >= config.batchSize()) {
                write(batch, progress);
                batch.clear();
                if (++batches % 20 == 0) {
                    LOG.infof("Bulk load: %d lines read, %d accepted, %d rejected", number, progress.accepted, progress.rejected);
                }
            }
        }
        write(batch, progress);
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.infof("Bulk load done: %d lines, %d accepted, %d rejected in %.1f s", number, progress.accepted,
                progress.rejected, seconds);
        return progress.report();
    }

    private void validate(Object input, String prefix) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw Failure.invalidFields(violations.stream()
                    .map(v -> new FieldError(prefix + ProblemMappers.fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList());
        }
    }

    private void write(List<BulkLine> batch, Progress progress) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            writes.storeBatch(batch);
            progress.accepted += batch.size();
        } catch (RuntimeException batchFailed) {
            // Replay line by line: the good lines are stored, each bad one is reported with its own error.
            for (BulkLine line : batch) {
                try {
                    writes.storeAlone(line);
                    progress.accepted++;
                } catch (RuntimeException e) {
                    progress.reject(line.number(), e);
                }
            }
        }
    }

    /** Counts and the listed errors. */
    private static final class Progress {
        private final int maxErrors;
        private final List<BulkReport.LineErrors> errors = new ArrayList<>();
        long accepted;
        long rejected;

        Progress(int maxErrors) {
            this.maxErrors = maxErrors;
        }

        void reject(long line, RuntimeException e) {
            rejected++;
            if (errors.size() < maxErrors) {
                errors.add(new BulkReport.LineErrors(line, errorsOf(e)));
            }
        }

        BulkReport report() {
            List<BulkReport.LineErrors> sorted = new ArrayList<>(errors); // replayed batches report later lines first
            sorted.sort(Comparator.comparingLong(BulkReport.LineErrors::line));
            return new BulkReport(accepted, rejected, sorted, rejected > errors.size());
        }
    }

    /** The {field, message} list the API would answer for this failure. */
    static List<FieldError> errorsOf(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Failure failure) {
                if (!failure.errors().isEmpty()) {
                    return failure.errors();
                }
                return List.of(new FieldError("data", failure.detail()));
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return List.of(new FieldError("data", "conflicts with data that was stored at the same time"));
            }
            if (cause instanceof org.hibernate.exception.DataException) {
                return List.of(new FieldError("data", "a value is not accepted (too long or malformed)"));
            }
            if (ProblemMappers.isLockWait(cause)) {
                return List.of(new FieldError("data", "another write held what this line needs for too long; retry it"));
            }
        }
        LOG.errorf(e, "Unexpected failure in a bulk load");
        return List.of(new FieldError("data", "the server failed to store this line; it has been logged"));
    }
}
