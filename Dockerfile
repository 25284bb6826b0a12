# One image per service from the jar the Maven build produced:
#   ./mvnw -DskipTests package && docker compose up --build
FROM eclipse-temurin:25-jre
ARG SERVICE
RUN useradd --system --uid 10001 rallypoint
WORKDIR /app
COPY ${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT.jar app.jar
USER rallypoint
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
