package dev.ccwconsole.nativ.sysfs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads sysfs files, links and directories, and nothing else: what the bytes mean is {@link SysfsParsers}'
 * business. Reads are plain Java file I/O; sysfs text is ASCII, read as ISO-8859-1 so that no byte can make
 * decoding fail. Every failure is a {@link SysfsReadException} naming the path.
 */
public final class SysfsReader {

    public String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new SysfsReadException(file, SysfsReadException.Kind.MISSING, "does not exist", e);
        } catch (AccessDeniedException e) {
            throw new SysfsReadException(file, SysfsReadException.Kind.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new SysfsReadException(file, SysfsReadException.Kind.UNREADABLE, describe(e), e);
        }
    }

    /** The file's content, or empty when it does not exist (other failures still throw). */
    public Optional<String> readIfPresent(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(read(file));
    }

    /** The last component of a symlink's target ({@code driver}, {@code iommu_group}), empty if no link. */
    public Optional<String> linkTargetName(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            Path name = target.getFileName();
            return Optional.of(name == null ? target.toString() : name.toString());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (NotLinkException e) {
            throw new SysfsReadException(link, SysfsReadException.Kind.NOT_A_LINK, "is not a symbolic link", e);
        } catch (IOException e) {
            throw new SysfsReadException(link, SysfsReadException.Kind.UNREADABLE, describe(e), e);
        }
    }

    /** Entry names of a directory, sorted; empty when the directory does not exist. */
    public List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
        } catch (IOException e) {
            throw new SysfsReadException(dir, SysfsReadException.Kind.UNREADABLE, describe(e), e);
        }
        Collections.sort(names);
        return names;
    }

    public boolean isDirectory(Path path) {
        return Files.isDirectory(path);
    }

    /** The path with every symlink resolved, as QEMU resolves {@code sysfsdev} (spec §1.5). */
    public Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new SysfsReadException(path, SysfsReadException.Kind.UNREADABLE, describe(e), e);
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
