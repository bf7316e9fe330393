package org.jingzhun.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * 值类型风格 — the one Immutables style of every Jingzhun value type: the generated
 * {@code Immutable…} class stays package-private behind the abstract type's {@code builder()},
 * and missing or null attributes are not rejected by the generated code but reported, with
 * every other problem, by the type's own {@code @Value.Check} as a
 * {@link org.jingzhun.core.validation.ValidationException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false)
public @interface DomainStyle {}
