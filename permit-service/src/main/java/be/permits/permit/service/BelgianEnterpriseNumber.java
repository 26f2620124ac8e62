package be.permits.permit.service;

import be.permits.permit.domain.EnterpriseNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Belgian enterprise number with valid check digits; null passes. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BelgianEnterpriseNumber.Validator.class)
public @interface BelgianEnterpriseNumber {
  String message() default
      "must be a Belgian enterprise number (10 digits starting with 0 or 1, valid check digits)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<BelgianEnterpriseNumber, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || EnterpriseNumber.isValid(value);
    }
  }
}
