package org.jingzhun.web.internal;

/**
 * 请求问题 — a request the API refuses for a reason other than the content of its input: an
 * unknown calculation or parameter (404), a body too large (413) or of a media type not read
 * (415), a request that ran out of time or found the server busy (503). Its message is the
 * problem's {@code detail}, written for the caller; it never carries a stack trace.
 */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String title;

  /**
   * A problem.
   *
   * @param status the HTTP status
   * @param type the last part of the problem type, e.g. {@code not-found}
   * @param title the title, Chinese and English, e.g. {@code 未找到 / not found}
   * @param detail what went wrong with this request, for the caller
   */
  public HttpProblem(int status, String type, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  /**
   * {@return a 404}
   *
   * @param detail what was not found
   */
  public static HttpProblem notFound(String detail) {
    return new HttpProblem(404, "not-found", "未找到 / not found", detail);
  }

  /** {@return the HTTP status} */
  public int status() {
    return status;
  }

  /** {@return the last part of the problem type} */
  public String type() {
    return type;
  }

  /** {@return the title} */
  public String title() {
    return title;
  }
}
