package be.permits.support.transaction;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read: the method runs in a read-only transaction that PostgreSQL itself enforces ({@code SET
 * TRANSACTION READ ONLY}), with a Hibernate session that neither dirty-checks nor flushes. Called
 * inside a transaction that is already running, it joins that one unchanged: a read that is part of
 * a write sees the write's own changes.
 *
 * <p>The counterpart of {@code @Transactional} for every use case that only reads: a write slipped
 * into a read fails loudly instead of bumping versions behind the reader's back.
 */
@InterceptorBinding
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnly {}
