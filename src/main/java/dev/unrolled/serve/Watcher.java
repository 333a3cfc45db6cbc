package dev.unrolled.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder created below them) and reports changed files in batches: events are collected
 * until none has arrived for a short quiet time, so an editor's write-rename-delete dance becomes one rebuild. Editor
 * leftovers (dot files, "~" and ".swp" files) are ignored.
 */
final class Watcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 40;

    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;

    Watcher(List<Path> roots, Consumer<Set<Path>> onChange) {
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    registerTree(root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(() -> loop(onChange), "unrolled-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                keys.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
            }
        }
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey key = service.take();
                while (key != null) {
                    collect(key, changed);
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // the folder went away again
                }
            }
            changed.add(path);
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
