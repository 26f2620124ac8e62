package be.permits.permit.service;

import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the credits of an ISO 20022 camt.053 bank-to-customer statement (versions .001.02 to .08,
 * read by element names whatever the namespace): each booked credit entry, or each transaction of a
 * batched entry that carries its own amount, with its amount, booking day, the bank's reference and
 * the remittance information (the structured creditor reference where there is one). The XML is
 * read with every external entity and DTD refused.
 */
public final class Camt053 {
  private Camt053() {}

  /** The statement: its identification, the account, and its credits. */
  public record Statement(String id, String account, List<Credit> credits) {}

  /** One credit as the bank booked it. */
  public record Credit(
      String entryReference,
      LocalDate bookedOn,
      long amountCents,
      String currency,
      String communication,
      String debtor) {}

  /**
   * @throws Refusal incomplete (field {@code statement}) when the bytes are not a camt.053
   *     statement this reader understands
   */
  public static Statement read(byte[] xml) {
    Document document = parse(xml);
    Element statement = first(document.getDocumentElement(), "Stmt");
    if (!"Document".equals(document.getDocumentElement().getLocalName())
        || first(document.getDocumentElement(), "BkToCstmrStmt") == null
        || statement == null) {
      throw notAStatement("no BkToCstmrStmt/Stmt");
    }
    String id = text(child(statement, "Id"));
    Element account = child(statement, "Acct");
    String iban = account == null ? null : text(first(account, "IBAN"));
    List<Credit> credits = new ArrayList<>();
    int index = 0;
    for (Element entry : children(statement, "Ntry")) {
      index++;
      if (!"CRDT".equals(text(child(entry, "CdtDbtInd"))) || !booked(entry)) {
        continue;
      }
      String reference = entryReference(entry, id, index);
      LocalDate booked = day(first(child(entry, "BookgDt"), "Dt"), first(entry, "DtTm"));
      List<Element> transactions = new ArrayList<>();
      Element details = child(entry, "NtryDtls");
      if (details != null) {
        transactions.addAll(children(details, "TxDtls"));
      }
      boolean batched =
          transactions.size() > 1 && transactions.stream().allMatch(t -> amountOf(t) != null);
      if (batched) {
        int n = 0;
        for (Element tx : transactions) {
          n++;
          Element amount = amountOf(tx);
          credits.add(credit(reference + "/" + n, booked, amount, tx));
        }
      } else {
        credits.add(
            credit(
                reference,
                booked,
                child(entry, "Amt"),
                transactions.isEmpty() ? null : transactions.get(0)));
      }
    }
    if (id == null || id.isBlank()) {
      throw notAStatement("no Stmt/Id");
    }
    return new Statement(id.strip(), iban, credits);
  }

  private static Credit credit(String reference, LocalDate booked, Element amount, Element tx) {
    if (amount == null || booked == null) {
      throw notAStatement("an entry without amount or booking day");
    }
    long cents;
    try {
      cents = new BigDecimal(text(amount).strip()).movePointRight(2).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw notAStatement("an amount that is not a number of cents");
    }
    if (cents <= 0) {
      throw notAStatement("a credit that is not positive");
    }
    String currency = amount.getAttribute("Ccy");
    String communication = null;
    String debtor = null;
    if (tx != null) {
      Element remittance = first(tx, "RmtInf");
      if (remittance != null) {
        Element structured = first(remittance, "CdtrRefInf");
        communication =
            structured != null ? text(first(structured, "Ref")) : text(first(remittance, "Ustrd"));
      }
      Element party = first(tx, "Dbtr");
      debtor = party == null ? null : text(first(party, "Nm"));
    }
    return new Credit(
        bounded(reference, 140),
        booked,
        cents,
        currency == null || currency.isBlank() ? "EUR" : currency,
        bounded(communication, 140),
        bounded(debtor, 140));
  }

  private static Element amountOf(Element tx) {
    Element details = child(tx, "AmtDtls");
    if (details != null) {
      Element transaction = child(details, "TxAmt");
      if (transaction != null) {
        return child(transaction, "Amt");
      }
    }
    return child(tx, "Amt");
  }

  private static boolean booked(Element entry) {
    Element status = child(entry, "Sts");
    if (status == null) {
      return true;
    }
    Element code = child(status, "Cd");
    String value = code != null ? text(code) : text(status);
    return value == null || "BOOK".equals(value.strip());
  }

  /** The bank's reference of the entry; failing that the entry's, failing that its place. */
  private static String entryReference(Element entry, String statement, int index) {
    String reference = text(child(entry, "AcctSvcrRef"));
    if (reference == null || reference.isBlank()) {
      reference = text(child(entry, "NtryRef"));
    }
    return reference == null || reference.isBlank() ? statement + "#" + index : reference.strip();
  }

  private static LocalDate day(Element date, Element dateTime) {
    try {
      if (date != null) {
        return LocalDate.parse(text(date).strip());
      }
      return dateTime == null ? null : LocalDate.parse(text(dateTime).strip().substring(0, 10));
    } catch (RuntimeException e) {
      throw notAStatement("a booking day that is not a date");
    }
  }

  private static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser refuses a safe configuration", e);
    } catch (SAXException | IOException e) {
      throw notAStatement("not well-formed XML without a DTD");
    }
  }

  private static Refusal notAStatement(String why) {
    return Refusal.incomplete(
        "This is not a camt.053 statement that can be read: " + why + ".",
        List.of(new FieldError("statement", "not a camt.053 statement: " + why)));
  }

  private static String bounded(String text, int max) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  /** The first descendant named {@code name}, depth first. */
  private static Element first(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    NodeList all = parent.getElementsByTagNameNS("*", name);
    return all.getLength() == 0 ? null : (Element) all.item(0);
  }

  private static String text(Element e) {
    return e == null ? null : e.getTextContent();
  }
}
