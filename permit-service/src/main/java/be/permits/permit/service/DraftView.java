package be.permits.permit.service;

import be.permits.support.refusal.Refusal.FieldError;
import java.util.List;

/**
 * A draft as its form pages show it: the application, its data as the form holds it, its documents,
 * what submission would still find missing, and the fees it would be asked as it stands.
 */
public record DraftView(
    ApplicationView application,
    ApplicationForm form,
    List<AttachmentView> documents,
    List<FieldError> missing,
    List<FeeSchedule.Fee> fees) {}
