package org.jingzhun.web.internal;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's refusals of requests that never reach a route (a request line or header it cannot parse,
 * a header too large) written as problem documents like every other refusal, instead of Jetty's
 * HTML page: no stack, no cause, no server name.
 */
final class ProblemErrorHandler extends ErrorHandler {
  ProblemErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(new HttpField(HttpHeader.CONTENT_TYPE, Reply.PROBLEM));
    response.write(true, ByteBuffer.wrap(Problems.ofStatus(code)), callback);
  }
}
