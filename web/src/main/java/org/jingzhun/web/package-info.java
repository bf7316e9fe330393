/**
 * 网络接口 — the web API of Jingzhun ({@code jingzhun serve}): {@link org.jingzhun.web.WebServer}
 * over the command line's calculations, with {@link org.jingzhun.web.WebOptions}. The server's
 * plumbing (routes, problems, limits, the OpenAPI document, the embedded server) is in
 * {@code org.jingzhun.web.internal}, which is not an API: no type of the embedded server appears
 * in this package.
 */
package org.jingzhun.web;
