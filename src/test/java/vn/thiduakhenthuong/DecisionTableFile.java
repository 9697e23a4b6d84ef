package vn.thiduakhenthuong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/** A DMN file of bpmn/ as the decision-table tests read it: a stream for the engine, a model for its annotations. */
public final class DecisionTableFile {

  private DecisionTableFile() {}

  public static InputStream open(String resource) {
    InputStream dmn = DecisionTableFile.class.getClassLoader().getResourceAsStream(resource);
    assertThat(dmn).as(resource + " on the classpath").isNotNull();
    return dmn;
  }

  public static DmnModelInstance model(String resource) {
    try (InputStream dmn = open(resource)) {
      return Dmn.readModelFromStream(dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
