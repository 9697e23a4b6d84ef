# Builds the jar and runs it on a JRE 17. Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/awards-*.jar /app/awards.jar
COPY jvm.options /app/jvm.options
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx384m", "@/app/jvm.options", "-jar", "/app/awards.jar"]
