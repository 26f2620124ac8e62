package be.permits.localrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server on loopback (SubEthaSMTP) whose received mail the entry point shows at {@code
 * /mail}. It keeps the last {@value #KEPT} messages whole and, for every message, only its {@code
 * Message-ID}: a throughput run sends hundreds of thousands, which must not fill the memory.
 */
final class MailCatcher implements AutoCloseable {
  static final int KEPT = 1_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Session SESSION = Session.getInstance(new Properties());

  private final SMTPServer server;
  private final Deque<byte[]> lastMessages = new ArrayDeque<>();
  private final List<String> messageIds = new ArrayList<>();

  MailCatcher(int port) {
    server =
        SMTPServer.port(port)
            .bindAddress(InetAddress.getLoopbackAddress())
            .maxConnections(100)
            .maxMessageSize(10 * 1024 * 1024)
            .simpleMessageListener(
                new SimpleMessageListener() {
                  @Override
                  public boolean accept(String from, String recipient) {
                    return true;
                  }

                  @Override
                  public void deliver(String from, String recipient, InputStream data)
                      throws IOException {
                    received(data.readAllBytes());
                  }
                })
            .build();
    server.start();
  }

  private void received(byte[] raw) {
    String messageId;
    try {
      messageId = new MimeMessage(SESSION, new ByteArrayInputStream(raw)).getMessageID();
    } catch (MessagingException e) {
      messageId = null;
    }
    synchronized (this) {
      messageIds.add(messageId);
      lastMessages.addLast(raw);
      if (lastMessages.size() > KEPT) {
        lastMessages.removeFirst();
      }
    }
  }

  /** The last messages received, newest last, as JSON: from, to, subject, sent, text. */
  String receivedAsJson() {
    List<byte[]> raws;
    synchronized (this) {
      raws = new ArrayList<>(lastMessages);
    }
    List<Map<String, Object>> messages = new ArrayList<>();
    for (byte[] raw : raws) {
      try {
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", first(message.getFrom()));
        m.put("to", first(message.getAllRecipients()));
        m.put("subject", message.getSubject());
        m.put("sent", String.valueOf(message.getSentDate()));
        m.put("text", plainText(message));
        messages.add(m);
      } catch (MessagingException e) {
        messages.add(Map.of("error", String.valueOf(e.getMessage())));
      }
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(messages);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String first(jakarta.mail.Address[] addresses) {
    return addresses == null || addresses.length == 0 ? "" : String.valueOf(addresses[0]);
  }

  /** The Message-ID header of every message received, repeats included. */
  synchronized List<String> messageIds() {
    // A message without a Message-ID counts as null, which List.copyOf would refuse.
    return new ArrayList<>(messageIds);
  }

  /** The decoded plain-text part, as a person would read it. */
  static String plainText(Part part) throws MessagingException {
    try {
      if (part.isMimeType("text/plain")) {
        return String.valueOf(part.getContent());
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String text = plainText(multipart.getBodyPart(i));
          if (text != null) {
            return text;
          }
        }
      }
      return null;
    } catch (IOException e) {
      throw new MessagingException("Unreadable part", e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
