package dev.ccwconsole.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Jackson's Blackbird module for the one {@link ObjectMapper} of REST bodies and event JSON: record accessors and
 * constructors are called through generated lambdas instead of reflection (an execute answer has about 60 fields).
 */
@Singleton
public class JacksonTuning implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
