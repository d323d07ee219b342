package dev.newsbrief.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A Telegram Bot API server on loopback that speaks the real JSON: getUpdates hands out what users "send",
 * sendMessage and editMessageText keep each chat's messages as a user would see them. Method names are
 * case-insensitive, as in the real API.
 */
public final class FakeTelegram implements AutoCloseable {
  public static final String BOT_USERNAME = "newsbrief_test_bot";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final long POLL_WAIT_MS = 200;

  /** One Bot API call as the server received it. */
  public record Call(String method, JsonNode body) {
  }

  /** A message in a chat, as the user sees it now (edits replace the text). */
  public record ChatMessage(long chatId, int messageId, String text, String parseMode, JsonNode lastCall) {
  }

  private final String token;
  private final MockWebServer server = new MockWebServer();
  private final List<ObjectNode> pending = new ArrayList<>();
  private final List<ObjectNode> delivered = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, ChatMessage> messages = new LinkedHashMap<>();
  private final List<String> rawRequests = new ArrayList<>();
  private final java.util.Set<String> admins = new java.util.HashSet<>();
  private final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<byte[]> documentsSent = new ArrayList<>();
  private int nextUpdateId = 1000;
  private int nextMessageId = 1;
  private int failGetUpdates;
  private final List<Fault> faults = new ArrayList<>();
  /** Methods that fail every call until {@link #recover()}, after the planned faults. */
  private final Map<String, Fault> outages = new LinkedHashMap<>();
  private final Map<Long, String> refusingChats = new LinkedHashMap<>();
  private final Map<Long, Long> upgradedGroups = new LinkedHashMap<>();

  /**
   * One planned misbehaviour of the next call of {@code method}: an error answer, a connection dropped before
   * Telegram acts (the request is lost), a response dropped midway after Telegram acted, or a slow answer.
   */
  private record Fault(String method, ObjectNode error, boolean dropRequest, boolean dropResponse, Duration delay) {
  }
  private java.util.function.Function<Call, Duration> answerDelay = call -> Duration.ZERO;

  public FakeTelegram(String token) throws IOException {
    this.token = token;
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        return FakeTelegram.this.dispatch(request);
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** The base URL to give the bot as TELEGRAM_API_URL. */
  public String apiUrl() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** The next {@code n} getUpdates calls fail with HTTP 500 (a flaky Bot API). */
  public synchronized void failNextGetUpdates(int n) {
    failGetUpdates = n;
  }

  /** Telegram picks the next update ids afresh, as it does after a week without updates: they may be lower. */
  public synchronized void restartUpdateIdsAt(int next) {
    nextUpdateId = next;
  }

  /**
   * The next call of {@code method} fails with this Bot API error (queued: several calls fail in turn).
   *
   * @param retryAfter {@code parameters.retry_after}, or null
   */
  public synchronized void failNext(String method, int code, String description, Integer retryAfter) {
    failNext(method, 1, code, description, retryAfter);
  }

  /**
   * Calls are carried out at once but answered only after {@code delay.apply(call)}: a bot killed meanwhile
   * never learns that Telegram accepted its message. {@link Duration#ZERO} answers at once.
   */
  public synchronized void answerAfter(java.util.function.Function<Call, Duration> delay) {
    answerDelay = delay;
  }

  /** Waits until every update handed out so far was confirmed by a later getUpdates offset. */
  public synchronized void awaitUpdatesConfirmed(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!pending.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(pending.size() + " updates still unconfirmed: " + pending);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }


  /** The next {@code times} calls of {@code method} fail with this Bot API error: a storm or a burst. */
  public synchronized void failNext(String method, int times, int code, String description, Integer retryAfter) {
    for (int i = 0; i < times; i++) {
      ObjectNode error = error(code, description);
      if (retryAfter != null) {
        error.putObject("parameters").put("retry_after", retryAfter);
      }
      plan(new Fault(method, error, false, false, null));
    }
  }

  /**
   * Every call of {@code method} fails with this Bot API error until {@link #recover()}: an outage that outlasts
   * any number of retries. Planned one-off faults still come first.
   */
  public synchronized void failUntilRecovered(String method, int code, String description) {
    outages.put(method.toLowerCase(Locale.ROOT), new Fault(method, error(code, description), false, false, null));
  }

  /** Every call of {@code method} loses its connection before Telegram acts on it, until {@link #recover()}. */
  public synchronized void dropUntilRecovered(String method) {
    outages.put(method.toLowerCase(Locale.ROOT), new Fault(method, null, true, false, null));
  }

  /** The outages end: calls are answered again. */
  public synchronized void recover() {
    outages.clear();
  }

  /** The next {@code times} calls of {@code method} lose their connection before Telegram acts on them. */
  public synchronized void dropNextRequests(String method, int times) {
    for (int i = 0; i < times; i++) {
      plan(new Fault(method, null, true, false, null));
    }
  }

  /**
   * The next {@code times} calls of {@code method} are carried out, but the connection drops halfway through
   * the answer: the bot cannot know that Telegram acted.
   */
  public synchronized void dropNextResponses(String method, int times) {
    for (int i = 0; i < times; i++) {
      plan(new Fault(method, null, false, true, null));
    }
  }

  /** The next {@code times} calls of {@code method} are answered normally, after {@code delay}. */
  public synchronized void slowNext(String method, int times, Duration delay) {
    for (int i = 0; i < times; i++) {
      plan(new Fault(method, null, false, false, delay));
    }
  }

  /** Until further notice every message to {@code chatId} is refused with 403 (the user blocked the bot). */
  public synchronized void chatRefuses(long chatId) {
    refusingChats.put(chatId, "Forbidden: bot was blocked by the user");
  }

  /**
   * The group {@code groupId} becomes the supergroup {@code supergroupId}: from now on, messages to the old id
   * are refused with 400 and {@code parameters.migrate_to_chat_id}, as Telegram does. With {@code announce}
   * the bot also gets the service message ({@code migrate_to_chat_id}) in the old group.
   */
  public synchronized void upgradeToSupergroup(long groupId, long supergroupId, boolean announce) {
    upgradedGroups.put(groupId, supergroupId);
    if (announce) {
      ObjectNode message = messageJson(groupId, nextMessageId++, "");
      message.remove("text");
      message.putObject("chat").put("id", groupId).put("type", "group").put("title", "Readers");
      message.put("migrate_to_chat_id", supergroupId);
      queue(message);
    }
  }

  private void plan(Fault fault) {
    faults.add(new Fault(fault.method().toLowerCase(Locale.ROOT), fault.error(), fault.dropRequest(),
        fault.dropResponse(), fault.delay()));
  }

  private synchronized Fault takeFault(String method) {
    for (int i = 0; i < faults.size(); i++) {
      if (faults.get(i).method().equals(method)) {
        return faults.remove(i);
      }
    }
    return outages.get(method);
  }

  /**
   * The refusal Telegram gives to a message for {@code chatId}, or null when the chat takes it: a chat that blocked
   * the bot, a group that became a supergroup, or HTML that Telegram cannot parse ({@link TelegramHtml}).
   */
  private synchronized ObjectNode refusal(String method, JsonNode body) {
    if (!method.equals("sendmessage") && !method.equals("editmessagetext") && !method.equals("sendchataction")) {
      return null;
    }
    long chatId = body.path("chat_id").asLong();
    if (refusingChats.containsKey(chatId)) {
      return error(403, refusingChats.get(chatId));
    }
    if (!method.equals("sendchataction") && "HTML".equals(body.path("parse_mode").asText(null))) {
      String problem = TelegramHtml.problem(body.path("text").asText(""));
      if (problem != null) { // as Telegram: the whole message is refused, nothing is shown
        return error(400, "Bad Request: can't parse entities: " + problem);
      }
    }
    Long upgraded = upgradedGroups.get(chatId);
    if (upgraded != null) {
      ObjectNode error = error(400, "Bad Request: group chat was upgraded to a supergroup chat");
      error.putObject("parameters").put("migrate_to_chat_id", upgraded);
      return error;
    }
    return null;
  }

  /** A user writes {@code text} in a private chat; links get {@code url} entities as Telegram would add. */
  public int userSends(long chatId, String text) {
    return queueMessage(chatId, text, null, null);
  }

  /** A user forwards a channel's post holding {@code text}. */
  public int userForwardsFromChannel(long chatId, String text, String channelTitle) {
    ObjectNode origin = JSON.createObjectNode();
    origin.put("type", "channel").put("date", 1_700_000_000).put("message_id", 77);
    origin.putObject("chat").put("id", -100123L).put("type", "channel").put("title", channelTitle);
    return queueMessage(chatId, text, origin, null);
  }

  /** A user replies {@code text} to an earlier message of theirs that held {@code repliedText}. */
  public int userReplies(long chatId, String text, String repliedText) {
    return queueMessage(chatId, text, null, repliedText);
  }

  /** A user presses the button with {@code data} under the bot's message {@code messageId} in a private chat. */
  public synchronized void userPresses(long chatId, int messageId, String data) {
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", nextUpdateId++);
    ObjectNode query = update.putObject("callback_query");
    query.put("id", "cb" + nextUpdateId).put("chat_instance", "ci").put("data", data);
    query.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Ann");
    ObjectNode message = messageJson(chatId, messageId, "(the bot's message)");
    message.putObject("from").put("id", 4242).put("is_bot", true).put("first_name", "Newsbrief");
    query.set("message", message);
    pending.add(update);
    notifyAll();
  }

  /** A member writes {@code text} in topic {@code threadId} of the forum supergroup {@code groupId}. */
  public synchronized int forumMemberSends(long groupId, int threadId, String text) {
    int messageId = nextMessageId++;
    ObjectNode message = messageJson(groupId, messageId, text);
    message.putObject("chat").put("id", groupId).put("type", "supergroup").put("title", "Forum").put("is_forum", true);
    message.put("message_thread_id", threadId).put("is_topic_message", true);
    return queue(message);
  }

  /** A user sends a photo whose caption holds {@code caption} (links get {@code url} caption entities). */
  public synchronized int userSendsPhoto(long chatId, String caption) {
    int messageId = nextMessageId++;
    ObjectNode message = messageJson(chatId, messageId, caption);
    message.remove("text");
    message.put("caption", caption);
    if (message.has("entities")) {
      message.set("caption_entities", message.remove("entities"));
    }
    message.putArray("photo").addObject().put("file_id", "p1").put("file_unique_id", "u1").put("width", 90)
        .put("height", 60);
    return queue(message);
  }

  /** A user sends {@code text} in which {@code anchor} is a hidden link ({@code text_link}) to {@code url}. */
  public synchronized int userSendsTextLink(long chatId, String text, String anchor, String url) {
    int messageId = nextMessageId++;
    ObjectNode message = messageJson(chatId, messageId, text);
    message.putArray("entities").addObject().put("type", "text_link").put("offset", text.indexOf(anchor))
        .put("length", anchor.length()).put("url", url);
    return queue(message);
  }

  /** Someone writes {@code text} in the supergroup {@code groupId}, optionally as a reply to the bot. */
  public synchronized int groupMemberSends(long groupId, long userId, String text, boolean replyToBot) {
    int messageId = nextMessageId++;
    ObjectNode message = messageJson(groupId, messageId, text);
    message.putObject("chat").put("id", groupId).put("type", "supergroup").put("title", "Readers");
    message.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "Bo");
    if (replyToBot) {
      ObjectNode replied = messageJson(groupId, nextMessageId++, "an earlier summary");
      replied.putObject("from").put("id", 4242).put("is_bot", true).put("first_name", "Newsbrief")
          .put("username", BOT_USERNAME);
      message.set("reply_to_message", replied);
    }
    return queue(message);
  }

  /** A user sends a file (a document) in a private chat; the bot may download it with getFile. */
  public synchronized int userSendsDocument(long chatId, String fileName, String mimeType, byte[] content) {
    String fileId = "file" + files.size();
    files.put(fileId, content);
    ObjectNode message = messageJson(chatId, nextMessageId++, "");
    message.remove("text");
    message.putObject("document").put("file_id", fileId).put("file_unique_id", "u" + fileId)
        .put("file_name", fileName).put("mime_type", mimeType).put("file_size", content.length);
    return queue(message);
  }

  /** The bodies of the documents the bot sent (multipart requests, as received). */
  public synchronized List<byte[]> documentsSent() {
    return List.copyOf(documentsSent);
  }

  private int queue(ObjectNode message) {
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", nextUpdateId++);
    update.set("message", message);
    pending.add(update);
    notifyAll();
    return message.get("message_id").asInt();
  }

  /** The channel {@code channelId} (where the bot is an admin) publishes a post. */
  public synchronized int channelPosts(long channelId, String text) {
    int messageId = nextMessageId++;
    ObjectNode message = messageJson(channelId, messageId, text);
    message.remove("from");
    message.putObject("chat").put("id", channelId).put("type", "channel").put("title", "Energy Daily");
    message.putObject("sender_chat").put("id", channelId).put("type", "channel").put("title", "Energy Daily");
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", nextUpdateId++);
    update.set("channel_post", message);
    pending.add(update);
    notifyAll();
    return messageId;
  }

  /** {@code userId} administers {@code chatId} (getChatMember answers "administrator"). */
  public synchronized void makeAdmin(long chatId, long userId) {
    admins.add(chatId + ":" + userId);
  }

  /** A user presses a button under the bot's message in a group or channel. */
  public synchronized void memberPresses(long chatId, long userId, int messageId, String data) {
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", nextUpdateId++);
    ObjectNode query = update.putObject("callback_query");
    query.put("id", "cb" + nextUpdateId).put("chat_instance", "ci").put("data", data);
    query.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "Cy");
    ObjectNode message = messageJson(chatId, messageId, "(the bot's message)");
    message.putObject("chat").put("id", chatId).put("type", "channel").put("title", "Energy Daily");
    query.set("message", message);
    pending.add(update);
    notifyAll();
  }

  /** Telegram delivers the last update once more, as it does when the bot stopped before confirming it. */
  public synchronized void redeliverLast() {
    ObjectNode last = pending.isEmpty() ? delivered.get(delivered.size() - 1) : pending.get(pending.size() - 1);
    ObjectNode again = last.deepCopy();
    again.put("update_id", nextUpdateId++);
    pending.add(again);
    notifyAll();
  }

  private synchronized int queueMessage(long chatId, String text, ObjectNode origin, String repliedText) {
    int messageId = nextMessageId++;
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", nextUpdateId++);
    ObjectNode message = messageJson(chatId, messageId, text);
    if (origin != null) {
      message.set("forward_origin", origin);
    }
    if (repliedText != null) {
      message.set("reply_to_message", messageJson(chatId, nextMessageId++, repliedText));
    }
    update.set("message", message);
    pending.add(update);
    notifyAll();
    return messageId;
  }

  private static ObjectNode messageJson(long chatId, int messageId, String text) {
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", messageId).put("date", 1_700_000_000);
    message.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Ann");
    message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Ann");
    message.put("text", text);
    ArrayNode entities = JSON.createArrayNode();
    if (text.startsWith("/")) {
      int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
      entities.addObject().put("type", "bot_command").put("offset", 0).put("length", end);
    }
    Matcher m = URL.matcher(text);
    while (m.find()) {
      entities.addObject().put("type", "url").put("offset", m.start()).put("length", m.end() - m.start());
    }
    if (!entities.isEmpty()) {
      message.set("entities", entities);
    }
    return message;
  }

  /**
   * Waits until a message in {@code chatId} matches {@code wanted}, as the user would see it after edits.
   *
   * @throws AssertionError naming what the chat holds when nothing matched in time
   */
  public synchronized ChatMessage awaitMessage(long chatId, Predicate<String> wanted, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (ChatMessage m : messages.values()) {
        if (m.chatId() == chatId && wanted.test(m.text())) {
          return m;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no matching message in chat " + chatId + "; it holds: " + chatText(chatId));
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Waits until the bot has called {@code method} at least once; returns the calls so far. */
  public synchronized List<Call> awaitCalls(String method, Duration timeout) throws InterruptedException {
    return awaitCalls(method, 1, timeout);
  }

  /** Waits until the bot has called {@code method} at least {@code count} times; returns the calls so far. */
  public synchronized List<Call> awaitCalls(String method, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (calls(method).size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("the bot called " + method + " " + calls(method).size() + " times, not " + count);
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return calls(method);
  }

  public synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  public synchronized List<String> chatText(long chatId) {
    return messages.values().stream().filter(m -> m.chatId() == chatId).map(ChatMessage::text).toList();
  }

  /** Every request line, header and body the server received, for secret checks. */
  public synchronized String everythingReceived() {
    return String.join("\n", rawRequests);
  }

  private MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String filePrefix = "/file/bot" + token + "/documents/";
    if (request.getUrl().encodedPath().startsWith(filePrefix)) {
      byte[] file = files.get(request.getUrl().encodedPath().substring(filePrefix.length()));
      return file == null ? reply(404, error(404, "Not Found"))
          : new MockResponse.Builder().body(new okio.Buffer().write(file)).build();
    }
    Matcher path = PATH.matcher(request.getUrl().encodedPath());
    if (!path.matches() || !path.group(1).equals(token)) {
      return reply(404, error(404, "Not Found"));
    }
    String method = path.group(2).toLowerCase(Locale.ROOT);
    JsonNode body = parse(request);
    Duration delay;
    synchronized (this) {
      rawRequests.add(request.getRequestLine() + "\n" + request.getHeaders() + "\n" + request.getBody().utf8());
      if (method.equals("senddocument")) { // recorded with the call, so awaiting the call sees the document
        documentsSent.add(request.getBody() == null ? new byte[0] : request.getBody().toByteArray());
      }
      calls.add(new Call(method, body));
      delay = answerDelay.apply(calls.get(calls.size() - 1));
      notifyAll();
    }
    Fault fault = takeFault(method);
    if (fault != null && fault.error() != null) {
      return reply(fault.error().get("error_code").asInt(), fault.error());
    }
    if (fault != null && fault.dropRequest()) {
      // The connection closes before any answer: Telegram never saw the request.
      return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }
    ObjectNode refused = refusal(method, body);
    if (refused != null) {
      return reply(refused.get("error_code").asInt(), refused);
    }
    MockResponse answer = answer(method, body);
    if (fault != null && fault.dropResponse()) {
      return answer.newBuilder().onResponseBody(new SocketEffect.CloseSocket()).build();
    }
    if (fault != null && fault.delay() != null) {
      return answer.newBuilder().headersDelay(fault.delay().toMillis(), TimeUnit.MILLISECONDS).build();
    }
    return delay.isZero() ? answer : answer.newBuilder().headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS).build();
  }

  private MockResponse answer(String method, JsonNode body) throws InterruptedException {
    return switch (method) {
      case "getme" -> ok(JSON.createObjectNode().put("id", 4242).put("is_bot", true)
          .put("first_name", "Newsbrief").put("username", BOT_USERNAME));
      case "getupdates" -> getUpdates(body);
      case "sendmessage" -> ok(store(body, null));
      case "editmessagetext" -> ok(store(body, body.path("message_id").asInt()));
      case "getchatmember" -> ok(member(body));
      case "getfile" -> {
        String id = body.path("file_id").asText();
        yield files.containsKey(id) ? ok(JSON.createObjectNode().put("file_id", id).put("file_unique_id", "u" + id)
            .put("file_size", files.get(id).length).put("file_path", "documents/" + id))
            : reply(400, error(400, "Bad Request: invalid file_id"));
      }
      case "senddocument" -> ok(JSON.createObjectNode().put("message_id", nextMessageId++).put("date", 1_700_000_001)
            .set("chat", JSON.createObjectNode().put("id", 1).put("type", "private")));
      default -> ok(JSON.getNodeFactory().booleanNode(true));
    };
  }

  private synchronized MockResponse getUpdates(JsonNode body) throws InterruptedException {
    if (failGetUpdates > 0) {
      failGetUpdates--;
      return reply(500, error(500, "Internal Server Error"));
    }
    long offset = body.path("offset").asLong(0);
    pending.removeIf(u -> {
      boolean confirmed = u.get("update_id").asLong() < offset;
      if (confirmed) {
        delivered.add(u);
      }
      return confirmed;
    });
    notifyAll(); // wakes awaitUpdatesConfirmed
    if (pending.isEmpty()) {
      wait(POLL_WAIT_MS); // a short long-poll keeps the loop calm without slowing tests
    }
    ArrayNode result = JSON.createArrayNode();
    pending.forEach(result::add);
    return ok(result);
  }

  private synchronized ObjectNode store(JsonNode body, Integer editedId) {
    long chatId = body.path("chat_id").asLong();
    int id = editedId != null ? editedId : nextMessageId++;
    String text = body.path("text").asText();
    messages.put(chatId + ":" + id, new ChatMessage(chatId, id, text, body.path("parse_mode").asText(null), body));
    notifyAll();
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", id).put("date", 1_700_000_001).put("text", text);
    message.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Ann");
    message.putObject("from").put("id", 4242).put("is_bot", true).put("first_name", "Newsbrief");
    return message;
  }

  private synchronized ObjectNode member(JsonNode body) {
    long user = body.path("user_id").asLong();
    boolean admin = admins.contains(body.path("chat_id").asText() + ":" + user);
    ObjectNode member = JSON.createObjectNode().put("status", admin ? "administrator" : "member");
    member.putObject("user").put("id", user).put("is_bot", false).put("first_name", "Cy");
    if (admin) {
      member.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true)
          .put("can_delete_messages", true).put("can_manage_video_chats", true).put("can_restrict_members", true)
          .put("can_promote_members", false).put("can_change_info", true).put("can_invite_users", true)
          .put("can_post_stories", false).put("can_edit_stories", false).put("can_delete_stories", false);
    }
    return member;
  }

  private static JsonNode parse(RecordedRequest request) {
    String text = request.getBody() == null ? "" : request.getBody().utf8();
    try {
      return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static ObjectNode error(int code, String description) {
    return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
  }

  private static MockResponse ok(JsonNode result) {
    ObjectNode envelope = JSON.createObjectNode().put("ok", true);
    envelope.set("result", result);
    return reply(200, envelope);
  }

  private static MockResponse reply(int code, JsonNode json) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body(json.toString()).build();
  }

  @Override
  public void close() {
    synchronized (this) {
      notifyAll();
    }
    server.close();
  }
}
