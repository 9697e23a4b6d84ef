# Builds the jar and runs it on a JRE 17. Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -q -DskipTests package && cp target/awards-*.jar /src/awards.jar

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY jvm.options /app/jvm.options
COPY --from=build /src/awards.jar /tmp/awards.jar
# The jar unpacked (Spring Boot's layout: awards.jar and lib/), so that the JVM can archive its classes.
RUN java -Djarmode=tools -jar /tmp/awards.jar extract --destination /app/awards && rm /tmp/awards.jar
# A class-data archive: one training start (on an in-memory H2 with the demo data, the app asks itself what the
# first users ask, config/ClassDataTraining, then the JVM exits and writes the classes it loaded). Every start
# then maps them instead of reading and verifying them again (README, "Performance"). A JVM that cannot use
# the archive starts without it.
# The classpath names the libraries (not java -jar, whose manifest Class-Path Spring Boot does not read for them):
# Tomcat serves the webapps' plugin files from the libraries' META-INF/resources only when they are on it, and
# without them Tasklist and Cockpit stay on their loading spinner.
RUN mkdir /tmp/training && cd /tmp/training \
 && java -Xmx256m @/app/jvm.options -XX:ArchiveClassesAtExit=/app/awards.jsa \
      -cp "/app/awards/awards.jar:/app/awards/lib/*" vn.thiduakhenthuong.AwardsApplication \
      --spring.datasource.url=jdbc:h2:mem:training --server.port=0 --awards.startup.training=true \
 && rm -rf /tmp/training
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx384m", "-XX:SharedArchiveFile=/app/awards.jsa", "@/app/jvm.options", "-cp", "/app/awards/awards.jar:/app/awards/lib/*", "vn.thiduakhenthuong.AwardsApplication"]
