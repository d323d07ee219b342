# Build stage: Maven with JDK 17 compiles and packages the fat jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package

# Runtime stage: a JRE only, running as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system newsbrief && useradd --system --gid newsbrief --home-dir /app newsbrief
WORKDIR /app
COPY --from=build /src/target/newsbrief.jar /app/newsbrief.jar
COPY config /app/config
RUN mkdir -p /app/data && chown -R newsbrief:newsbrief /app/data
ENV NEWSBRIEF_CONFIG=/app/config/newsbrief.properties \
    NEWSBRIEF_DATA_DIR=/app/data
VOLUME ["/app/config", "/app/data"]
USER newsbrief
# The JVM forwards SIGTERM to the shutdown hook, which stops the bot within 10 seconds.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/newsbrief.jar"]
CMD ["bot"]
