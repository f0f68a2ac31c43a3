package io.mooring.runner.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One runner per data folder: two would fight over the store's file and the broker's log. The
 * operating system drops the lock when the runner dies, however it dies.
 */
public final class DataLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private DataLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock, or empty when another runner holds it. */
  public static Optional<DataLock> tryAcquire(DataFolder data) throws IOException {
    Path file = data.root().resolve("runner.lock");
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    channel.truncate(0);
    channel.write(
        StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + System.lineSeparator()));
    return Optional.of(new DataLock(channel, lock));
  }

  /** The pid the holder wrote, for the refusal message. */
  public static String holder(DataFolder data) {
    try {
      return Files.readString(data.root().resolve("runner.lock")).trim();
    } catch (IOException e) {
      return "?";
    }
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
