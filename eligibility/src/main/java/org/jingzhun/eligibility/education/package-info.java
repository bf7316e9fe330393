/** 教育扶贫 — education assistance by stage (分段定标、全程资助). */
@DomainStyle
package org.jingzhun.eligibility.education;

import org.jingzhun.core.style.DomainStyle;
