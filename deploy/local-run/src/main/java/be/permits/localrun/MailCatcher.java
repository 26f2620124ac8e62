package be.permits.localrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
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

  /** Every message received, newest last, as JSON: from, to, subject, sent, body. */
  String receivedAsJson() {
    List<Map<String, Object>> messages = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      try {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", String.valueOf(message.getFrom()[0]));
        m.put("to", String.valueOf(message.getAllRecipients()[0]));
        m.put("subject", message.getSubject());
        m.put("sent", String.valueOf(message.getSentDate()));
        m.put("body", GreenMailUtil.getBody(message));
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

  @Override
  public void close() {
    greenMail.stop();
  }
}
