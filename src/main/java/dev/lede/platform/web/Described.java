package dev.lede.platform.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * What the documentation data says of one schema member or parameter: written as its description alone, or as an
 * object with its description and an example (a parameter) or examples (a schema member).
 */
public record Described(String description, String example, List<Object> examples) {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Described {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Described of(String description) {
        return new Described(description, null, null);
    }
}
