package org.svcat.core.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.module.SimpleModule;

/**
 * Calls the canonical constructors of the model records with {@link Constructor#newInstance}.
 * Jackson 3 calls them with {@link java.lang.invoke.MethodHandle#invokeWithArguments}, which on JDK
 * 17 adapts the handle again on every call: about 40% of the time spent binding an item file
 * (FileBenchmark.bind). A method handle that spreads the argument array, used here before, was as
 * fast, but made the JVM generate some 110 classes for the handles' lambda forms at start-up, with
 * the JDK's bytecode library, whose busiest method the optimising compiler then compiled (0.4-0.6 s
 * of its time in a large run); reflection generates one small class per constructor, without it.
 * Only how the constructor is called changes; which constructor, the arguments and the handling of
 * an exception it throws are Jackson's.
 */
final class RecordInstantiators extends ValueInstantiators.Base {
  /** A module that installs this. */
  static JacksonModule module() {
    return new SimpleModule("svcat-record-instantiators") {
      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new RecordInstantiators());
      }
    };
  }

  @Override
  public ValueInstantiator modifyValueInstantiator(
      DeserializationConfig config,
      BeanDescription.Supplier description,
      ValueInstantiator instantiator) {
    if (instantiator instanceof StdValueInstantiator jacksons
        && jacksons.getClass() == StdValueInstantiator.class
        && jacksons.getWithArgsCreator() != null
        && jacksons.getWithArgsCreator().getAnnotated() instanceof Constructor<?> constructor
        && constructor.getDeclaringClass().isRecord()
        && constructor.trySetAccessible()) {
      return new Reflective(jacksons, constructor);
    }
    return instantiator;
  }

  /** Jackson's instantiator, with the constructor called through reflection. */
  private static final class Reflective extends StdValueInstantiator {
    private final Constructor<?> constructor;

    Reflective(StdValueInstantiator jacksons, Constructor<?> constructor) {
      super(jacksons);
      this.constructor = constructor;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext context, Object[] args) {
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        Throwable thrown = e.getCause();
        if (thrown instanceof Error error) {
          throw error;
        }
        return context.handleInstantiationProblem(
            getValueClass(), args, rewrapCtorProblem(context, thrown));
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        return context.handleInstantiationProblem(
            getValueClass(), args, rewrapCtorProblem(context, e));
      }
    }
  }
}
