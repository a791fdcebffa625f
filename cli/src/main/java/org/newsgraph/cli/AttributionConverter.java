package org.newsgraph.cli;

import org.newsgraph.core.model.Attribution;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --attribution speech|thought|intention} in any case; anything else is a usage error. */
final class AttributionConverter implements ITypeConverter<Attribution> {

    @Override
    public Attribution convert(String value) {
        try {
            return Attribution.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
