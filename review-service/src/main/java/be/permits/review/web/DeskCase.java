package be.permits.review.web;

import be.permits.contracts.Agency;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.domain.ReviewStep;
import be.permits.review.service.CaseQueries.ReviewerCase;
import be.permits.review.service.CaseViews.CaseView;
import be.permits.review.service.CaseViews.StepView;
import be.permits.support.web.CommonMessages;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import be.permits.support.web.PageContext;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A case as the desk shows it to one reviewer: the case, the application and its changes in words,
 * the forms' state, and what the last action did or why it was refused.
 *
 * @param refusal the code of a refused action, put in words by the template
 * @param done the code of the action just done, for the confirmation on top of the page
 * @param confirmRecusal a recusal waits for the reviewer to confirm it
 * @param adoptable the deciding (or appeal) authority's choice of other agencies' conditions, to
 *     adopt without retyping them; the values are {@code c1}, {@code c2}, … in the order of {@link
 *     #adoptableConditions}
 */
public record DeskCase(
    CaseView view,
    String me,
    String agency,
    Boolean noConflictDeclared,
    boolean fourEyes,
    List<Option> colleagues,
    Choices choices,
    FormState form,
    String refusal,
    String done,
    boolean confirmRecusal,
    List<ApplicationWords.Section> summary,
    List<ApplicationWords.Shown> documents,
    List<ApplicationWords.ShownChange> changes,
    List<Option> adoptable) {

  static DeskCase of(
      ReviewerCase reviewer,
      String me,
      PageContext page,
      FormState form,
      String refusal,
      String done,
      boolean confirmRecusal) {
    CaseView view = reviewer.view();
    ApplicationWords words = new ApplicationWords(page, view.applicationId());
    CommonMessages common =
        MessageBundles.get(CommonMessages.class, Localized.Literal.of(page.lang()));
    DeskMessages desk = MessageBundles.get(DeskMessages.class, Localized.Literal.of(page.lang()));
    List<String> conditions = adoptableConditions(view);
    List<Option> adoptable = new ArrayList<>();
    List<String> labels = adoptableLabels(view, common, desk);
    for (int i = 0; i < conditions.size(); i++) {
      adoptable.add(new Option("c" + (i + 1), labels.get(i)));
    }
    return new DeskCase(
        view,
        me,
        view.myStep().agency().name(),
        reviewer.noConflictDeclared(),
        reviewer.fourEyes(),
        reviewer.colleagues().stream()
            .filter(r -> r.name() != null)
            .map(r -> new Option(r.subject(), r.name()))
            .toList(),
        Choices.in(page.lang(), view.myStep().agency()),
        form,
        refusal,
        done,
        confirmRecusal,
        words.summary(view.application()),
        words.documents(view.application()),
        words.changes(view.changesSinceLastReview()),
        adoptable);
  }

  /**
   * The conditions of every other agency's decision, in the order of the steps: what the deciding
   * authority may adopt. Empty for any other agency.
   */
  static List<String> adoptableConditions(CaseView view) {
    if (!decides(view)) {
      return List.of();
    }
    return advice(view).stream().flatMap(s -> s.conditions().stream()).toList();
  }

  private static List<String> adoptableLabels(
      CaseView view, CommonMessages common, DeskMessages desk) {
    if (!decides(view)) {
      return List.of();
    }
    return advice(view).stream()
        .flatMap(
            s ->
                s.conditions().stream()
                    .map(c -> desk.agency_says(common.agency(s.agency().name()), c)))
        .toList();
  }

  private static List<StepView> advice(CaseView view) {
    return view.steps().stream()
        .filter(s -> s.agency() != view.myStep().agency() && s.decision() != null)
        .toList();
  }

  /** Whether the reader decides the permit: the deciding authority, or on appeal. */
  private static boolean decides(CaseView view) {
    return view.myStep().agency() == Agency.DECIDING_AUTHORITY
        || view.myStep().agency() == Agency.APPEAL_AUTHORITY;
  }

  /**
   * Whether the reader, a coordinating official, may extend the case's decision period: the case is
   * under review, its procedure allows one extension, none was made, and no decision yet.
   */
  public boolean canExtendDecision() {
    return view.myStep().agency() == Agency.COORDINATION
        && view.status() == be.permits.review.domain.ReviewCase.Status.OPEN
        && view.procedure() != null
        && view.procedure().decisionExtensionDays() != null
        && view.timetable().stream()
            .anyMatch(
                m ->
                    m.kind() == be.permits.review.service.CaseTimetable.Kind.DECISION
                        && m.actual() == null
                        && m.planned() != null
                        && m.extendedDays() == null);
  }

  public boolean holdsMyStep() {
    return me.equals(view.myStep().assignee());
  }

  public boolean canConfirm() {
    return view.myStep().status() == ReviewStep.Status.PROPOSED
        && !me.equals(view.myStep().proposedBy());
  }

  /** The documents that came with the revision an answer made. */
  public List<ApplicationWords.Shown> documentsOf(Integer revision) {
    PermitSubmitted application = view.application();
    List<ApplicationWords.Shown> shown = new ArrayList<>();
    for (int i = 0; i < application.documents().size(); i++) {
      if (Objects.equals(application.documents().get(i).firstRevision(), revision)) {
        shown.add(documents.get(i));
      }
    }
    return shown;
  }
}
