package org.jingzhun.planning.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jingzhun.core.household.Household;
import org.jingzhun.planning.population.Population;

/**
 * The JSON form of a {@link Population}: an array of {@link Household} records in household
 * order, as {@link Population#toHousehold(int)} gives them and {@link Population#append} takes
 * them back.
 */
final class PopulationJson {
  private PopulationJson() {}

  /** Writes a population as an array of households. */
  static final class Writer extends StdSerializer<Population> {
    Writer() {
      super(Population.class);
    }

    @Override
    public void serialize(Population population, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeStartArray();
      for (int h = 0; h < population.size(); h++) {
        provider.defaultSerializeValue(population.toHousehold(h), out);
      }
      out.writeEndArray();
    }
  }

  /** Reads an array of households into a new population. */
  static final class Reader extends StdDeserializer<Population> {
    Reader() {
      super(Population.class);
    }

    @Override
    public Population deserialize(JsonParser in, DeserializationContext context) throws IOException {
      if (in.currentToken() != JsonToken.START_ARRAY) {
        return (Population) context.handleUnexpectedToken(Population.class, in);
      }
      Population population = Population.create();
      while (in.nextToken() != JsonToken.END_ARRAY) {
        population.append(context.readValue(in, Household.class));
      }
      population.trimToSize();
      return population;
    }
  }
}
