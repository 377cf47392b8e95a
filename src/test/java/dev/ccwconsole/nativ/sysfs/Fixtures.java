package dev.ccwconsole.nativ.sysfs;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The sysfs fixture tree. It is read from the source tree, not the class path: resource copying would turn
 * its symlinks ({@code driver}, {@code iommu_group}, the {@code /sys/bus} links) into copies.
 */
public final class Fixtures {

    static final Path HOST = Path.of("src/test/resources/sysfs/host").toAbsolutePath();
    static final Path GOLDEN = Path.of("src/test/resources/sysfs/expected-inventory.json");

    private Fixtures() {
    }

    public static HostPaths host() {
        if (!Files.isDirectory(HOST.resolve("sys"))) {
            throw new IllegalStateException("fixture tree not found at " + HOST + " (run from the project directory)");
        }
        return new HostPaths(HOST);
    }

    /** Copies the fixture tree to {@code target}, keeping symlinks as symlinks (their targets are relative). */
    public static HostPaths copyTo(Path target) throws IOException {
        Path source = host().root();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isSymbolicLink(file)) {
                    Files.createSymbolicLink(to, Files.readSymbolicLink(file));
                } else {
                    Files.copy(file, to, LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new HostPaths(target);
    }
}
