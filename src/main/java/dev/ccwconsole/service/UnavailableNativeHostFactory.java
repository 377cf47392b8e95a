package dev.ccwconsole.service;

import dev.ccwconsole.device.Host;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The default while no native {@link NativeHostFactory} bean exists: the native backend is not built in yet. */
@DefaultBean
@ApplicationScoped
public class UnavailableNativeHostFactory implements NativeHostFactory {

    @Override
    public Optional<String> unavailableReason() {
        return Optional.of("the native backend is not available in this build yet");
    }

    @Override
    public Host create() {
        throw new IllegalStateException(unavailableReason().orElseThrow());
    }
}
