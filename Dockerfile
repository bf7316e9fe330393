# syntax=docker/dockerfile:1
# The Jingzhun web API (`jingzhun serve`) in a container: see docs/web-api.md.
#   docker build -t jingzhun .
#   docker run --rm -p 8080:8080 jingzhun
#   curl http://127.0.0.1:8080/health
# Options of serve go after the image name, replacing the default command, e.g.
#   docker run --rm -p 8080:8080 jingzhun serve --host 0.0.0.0 --max-body 4MiB --cors-origin https://agency.example

# 1. Build the program (the command line with serve) with Maven. The tests run in CI, not here.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -Dstyle.color=never -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -Dcyclonedx.skip \
      -pl web -am package \
 && cp web/target/jingzhun-web-*-cli.jar /jingzhun.jar

# 2. Run it on a Java runtime alone, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN useradd --system --no-create-home --uid 10001 jingzhun
COPY --from=build /jingzhun.jar /opt/jingzhun/jingzhun.jar
COPY LICENSE NOTICE /opt/jingzhun/
USER jingzhun
EXPOSE 8080
# the heap follows the container's memory limit; the access log is on standard output, one
# JSON line a request, the server's messages on standard error
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Djava.awt.headless=true", "-jar", "/opt/jingzhun/jingzhun.jar"]
# listen on every interface of the container (the default, 127.0.0.1, is unreachable from outside it)
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]
