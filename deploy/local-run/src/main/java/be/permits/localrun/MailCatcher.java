package be.permits.localrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A real SMTP server on loopback whose received mail the entry point shows at {@code /mail}. */
final class MailCatcher implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final GreenMail greenMail;

  MailCatcher(int port) {
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  /** Every message received, newest last, as JSON: from, to, subject, sent, text. */
  String receivedAsJson() {
    List<Map<String, Object>> messages = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      try {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", String.valueOf(message.getFrom()[0]));
        m.put("to", String.valueOf(message.getAllRecipients()[0]));
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

  /** The Message-ID header of every message received, repeats included. */
  List<String> messageIds() {
    List<String> ids = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      try {
        ids.add(message.getMessageID());
      } catch (MessagingException e) {
        ids.add(null);
      }
    }
    return ids;
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
    } catch (java.io.IOException e) {
      throw new MessagingException("Unreadable part", e);
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
