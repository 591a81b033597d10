import { defineField, defineType } from 'sanity'
import { slugField } from '../objects/slugField'

export const VIDEO_URL_PATTERN = /^https:\/\/(www\.)?(youtube\.com\/watch\?v=|youtu\.be\/|vimeo\.com\/)[\w-]+/

export const video = defineType({
  name: 'video',
  title: 'Video',
  type: 'document',
  fields: [
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    slugField(),
    defineField({
      name: 'videoUrl',
      title: 'YouTube or Vimeo URL',
      type: 'url',
      validation: (rule) =>
        rule
          .required()
          .custom((url) =>
            !url || VIDEO_URL_PATTERN.test(String(url)) ? true : 'Use a https://www.youtube.com/watch?v=… or https://vimeo.com/… link.',
          ),
    }),
    defineField({ name: 'description', type: 'text', rows: 3, validation: (rule) => rule.required() }),
    defineField({
      name: 'transcript',
      type: 'text',
      rows: 12,
      description: 'Full transcript, shown under the video. Required before publishing.',
      validation: (rule) => rule.required().error('A video needs a transcript before it can be published.'),
    }),
    defineField({ name: 'thumbnail', type: 'accessibleImage', validation: (rule) => rule.required() }),
    defineField({
      name: 'durationSeconds',
      title: 'Duration (seconds)',
      type: 'number',
      validation: (rule) => rule.required().integer().positive(),
    }),
    defineField({ name: 'publishedAt', title: 'Published', type: 'datetime', validation: (rule) => rule.required() }),
    defineField({ name: 'seo', type: 'seo' }),
  ],
  preview: {
    select: { title: 'title', media: 'thumbnail', transcript: 'transcript', seconds: 'durationSeconds' },
    prepare: ({ title, media, transcript, seconds }) => ({
      title,
      media,
      subtitle: [
        typeof seconds === 'number' ? `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}` : null,
        transcript ? null : 'Transcript missing',
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
