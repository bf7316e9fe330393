package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.LocalDate;

/**
 * The mapper module of Jingzhun's reading rules: dates only as {@code YYYY-MM-DD} text through
 * {@link org.jingzhun.core.time.IsoDate}, every problem recorded with its path instead of the
 * first one thrown ({@link RecordingProblemHandler}, {@link CollectingDeserializer}). Register it
 * after the date-and-time module, whose date reading it replaces.
 */
public final class JingzhunModule extends SimpleModule {
  public JingzhunModule() {
    super("jingzhun");
    addDeserializer(LocalDate.class, new ValueDeserializers.DateDeserializer());
    setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        return deserializer instanceof BeanDeserializerBase ? new CollectingDeserializer(deserializer) : deserializer;
      }
    });
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializationProblemHandler(new RecordingProblemHandler());
  }
}
