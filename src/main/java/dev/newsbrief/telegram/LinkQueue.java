package dev.newsbrief.telegram;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The queue in front of the link workers: per chat one job at a time and in the order given, chats taking
 * turns, and at most {@code capacity} jobs waiting. So a chat that floods the bot waits behind itself only,
 * and a flood cannot grow memory without bound: past the capacity {@link #offer} says no and the caller tells
 * the user to come back later. Thread-safe.
 */
final class LinkQueue {
  private final Executor workers;
  private final int capacity;
  /** Jobs waiting per chat; a chat is present while one of its jobs is waiting or running. */
  private final Map<Long, Queue<Runnable>> lanes = new HashMap<>();
  private int waiting;

  /** @param workers runs the jobs; each chat has at most one task on it at a time */
  LinkQueue(Executor workers, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.workers = workers;
    this.capacity = capacity;
  }

  /** Queues {@code job} behind the chat's earlier ones; false when the queue is full or the workers stopped. */
  boolean offer(long chatId, Runnable job) {
    synchronized (this) {
      if (waiting >= capacity) {
        return false;
      }
      Queue<Runnable> lane = lanes.get(chatId);
      waiting++;
      if (lane != null) {
        lane.add(job); // the chat's running task picks it up
        return true;
      }
      lane = new ArrayDeque<>();
      lane.add(job);
      lanes.put(chatId, lane);
    }
    return start(chatId);
  }

  /** Jobs waiting for a worker. */
  synchronized int waiting() {
    return waiting;
  }

  private boolean start(long chatId) {
    try {
      workers.execute(() -> runNext(chatId));
      return true;
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        waiting -= lanes.remove(chatId).size(); // the bot is stopping: stored jobs resume at the next start
      }
      return false;
    }
  }

  /** Runs one job of the chat, then goes to the back of the line if the chat has more. */
  private void runNext(long chatId) {
    Runnable job;
    synchronized (this) {
      job = lanes.get(chatId).poll();
      waiting--;
    }
    try {
      job.run();
    } finally {
      boolean more;
      synchronized (this) {
        more = !lanes.get(chatId).isEmpty();
        if (!more) {
          lanes.remove(chatId);
        }
      }
      if (more) {
        start(chatId);
      }
    }
  }
}
