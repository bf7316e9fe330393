/**
 * The web API's plumbing, not an API: the endpoints ({@link org.jingzhun.web.internal.Endpoint},
 * built by {@link org.jingzhun.web.internal.Routes}) that both route requests and make the
 * OpenAPI document, the problem answers, and the embedded server
 * ({@link org.jingzhun.web.internal.JavalinHost}), the only class that knows Javalin.
 */
package org.jingzhun.web.internal;
